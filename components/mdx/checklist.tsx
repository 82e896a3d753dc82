import { useId, type ReactNode } from 'react';

type ChecklistProps = { id: string; progressTemplate: string; savedNote: string; children: ReactNode };

/**
 * A list of steps a member can check off. Check marks live in this device's localStorage only
 * (`checklist:<id>`): nothing about the member leaves the browser. Rendered on the server;
 * public/enhance.js ticks the saved steps, saves changes and writes the progress line, so the page
 * needs no framework runtime. Without JavaScript the steps and their boxes still read as a list.
 */
export function Checklist({ id, progressTemplate, savedNote, children }: ChecklistProps) {
  return (
    <div className="not-prose my-6" data-checklist={id}>
      <p className="requires-js rounded bg-brand-50 p-3 text-lg font-semibold" aria-live="polite" data-checklist-progress={progressTemplate} />
      <ol className="mt-4 space-y-4">{children}</ol>
      <p className="requires-js mt-3 text-base text-muted">{savedNote}</p>
    </div>
  );
}

type StepProps = { id: string; title: string; doneLabel: string; children: ReactNode };

export function Step({ id, title, doneLabel, children }: StepProps) {
  const inputId = useId();
  return (
    <li className="rounded-lg border-2 border-gray-300 bg-white p-4 has-checked:border-green-700 has-checked:bg-green-50">
      <h3 className="text-xl font-bold text-brand-900">{title}</h3>
      <div className="mt-2 space-y-2 text-lg [&_a]:text-brand-700 [&_a]:underline [&_ul]:list-disc [&_ul]:space-y-1 [&_ul]:pl-6">{children}</div>
      <div className="mt-3 flex items-center gap-3">
        <input id={inputId} type="checkbox" className="size-7 accent-green-700" data-checklist-step={id} />
        <label htmlFor={inputId} className="text-lg font-semibold">
          {doneLabel}
          <span className="sr-only">: {title}</span>
        </label>
      </div>
    </li>
  );
}
