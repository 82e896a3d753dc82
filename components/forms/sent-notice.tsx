import type { ReactNode, Ref } from 'react';

/** What a member form shows in its place once it is sent: a green confirmation the form focuses. */
export function SentNotice({ title, children, ref }: { title: string; children: ReactNode; ref?: Ref<HTMLDivElement> }) {
  return (
    <div ref={ref} tabIndex={-1} role="status" className="rounded-lg border-l-8 border-green-800 bg-green-50 p-4 text-lg">
      <h2 className="text-xl font-bold text-green-900">{title}</h2>
      {children}
    </div>
  );
}

/** The reference a member quotes when calling about what they sent, large and spaced to read aloud. */
export function SentReference({ label, value }: { label: string; value: string }) {
  return (
    <p className="mt-2">
      {label}: <strong className="font-mono text-xl tracking-wider">{value}</strong>
    </p>
  );
}
