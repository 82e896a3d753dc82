import type { ReactNode } from 'react';
import type { calloutKinds } from '@/lib/content/components';

type CalloutKind = (typeof calloutKinds)[number];

const styles: Record<CalloutKind, string> = {
  info: 'border-brand-600 bg-brand-50',
  warning: 'border-amber-600 bg-amber-50',
  emergency: 'border-red-700 bg-red-50',
};

type CalloutProps = { kind: CalloutKind; title?: string; kindLabel: string; children: ReactNode };

export function Callout({ kind, title, kindLabel, children }: CalloutProps) {
  return (
    <aside className={`not-prose my-6 rounded-md border-l-8 p-4 ${styles[kind] ?? styles.info}`} aria-label={title ?? kindLabel}>
      <p className="text-sm font-bold tracking-wide uppercase">{kindLabel}</p>
      {title ? <p className="mt-1 text-xl font-bold">{title}</p> : null}
      <div className="callout-body mt-2 space-y-2 text-lg [&_ul]:list-disc [&_ul]:pl-6">{children}</div>
    </aside>
  );
}
