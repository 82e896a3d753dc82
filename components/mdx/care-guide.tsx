import type { ReactNode } from 'react';
import type { careOptionKinds } from '@/lib/content/components';

type CareKind = (typeof careOptionKinds)[number];

const look: Record<CareKind, { border: string; badge: string }> = {
  pcp: { border: 'border-brand-600', badge: 'bg-brand-700 text-white' },
  afterHours: { border: 'border-indigo-600', badge: 'bg-indigo-700 text-white' },
  urgent: { border: 'border-amber-600', badge: 'bg-amber-800 text-white' },
  er: { border: 'border-red-700', badge: 'bg-red-700 text-white' },
};

export function CareGuide({ children }: { children: ReactNode }) {
  return <div className="care-guide my-6 grid gap-4 md:grid-cols-2">{children}</div>;
}

type CareOptionProps = { kind: CareKind; title: string; when: string; kindLabel: string; children: ReactNode };

/** One place to get care, colour-coded so a member under stress can scan for it. */
export function CareOption({ kind, title, when, kindLabel, children }: CareOptionProps) {
  const style = look[kind] ?? look.pcp;
  return (
    <section className={`care-option rounded-lg border-2 border-t-8 ${style.border} bg-white p-4 shadow-sm`}>
      <p className={`inline-block rounded px-2 py-0.5 text-sm font-bold ${style.badge}`}>{kindLabel}</p>
      <h3 className="mt-2 text-xl font-bold text-ink">{title}</h3>
      <p className="mt-1 text-lg font-semibold text-muted">{when}</p>
      <div className="mt-2 space-y-2 text-lg [&_ul]:list-disc [&_ul]:space-y-1 [&_ul]:pl-6">{children}</div>
    </section>
  );
}
