import type { AcceptingPatients } from '@/lib/generated/prisma/client';

const styles: Record<AcceptingPatients | 'unknown', string> = {
  newpt: 'border-green-800 bg-green-50 text-green-900',
  nopt: 'border-gray-700 bg-gray-100 text-gray-900',
  existptonly: 'border-amber-800 bg-amber-50 text-amber-950',
  existptfam: 'border-amber-800 bg-amber-50 text-amber-950',
  unknown: 'border-gray-700 bg-white text-gray-900',
};

const marks: Record<AcceptingPatients | 'unknown', string> = { newpt: '✓', nopt: '✕', existptonly: '!', existptfam: '!', unknown: '?' };

/** The new-patient status as words with a mark; colour is never the only signal. */
export function NewPatientBadge({ status, label }: { status: AcceptingPatients | null; label: string }) {
  const key = status ?? 'unknown';
  return (
    <p className={`inline-flex items-center gap-2 rounded-md border-2 px-2 py-1 text-base font-bold ${styles[key]}`}>
      <span aria-hidden="true">{marks[key]}</span>
      {label}
    </p>
  );
}
