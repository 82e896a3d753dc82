import type { ReactNode, Ref } from 'react';

type ErrorSummaryProps = {
  id: string;
  title: string;
  /** A problem with the whole form (could not save, too many tries), shown above the field list. */
  problem?: ReactNode;
  /** One link per field to fix, to the field's id; fields without a message are left out. */
  fieldErrors: readonly { id: string; text: string | undefined }[];
  ref?: Ref<HTMLDivElement>;
};

/** The GOV.UK-style error summary the member forms show on top; the form moves focus to it. */
export function ErrorSummary({ id, title, problem, fieldErrors: allFields, ref }: ErrorSummaryProps) {
  const fieldErrors = allFields.filter((entry): entry is { id: string; text: string } => Boolean(entry.text));
  if (fieldErrors.length === 0 && !problem) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby={id} className="rounded-md border-l-8 border-red-800 bg-red-50 p-4 text-lg">
      <h2 id={id} className="font-bold text-red-900">
        {title}
      </h2>
      {problem ? <p className="mt-2">{problem}</p> : null}
      {fieldErrors.length > 0 ? (
        <ul className="mt-2 list-disc pl-6">
          {fieldErrors.map((entry) => (
            <li key={entry.id}>
              <a href={`#${entry.id}`}>{entry.text}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
