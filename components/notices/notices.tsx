/**
 * The notices the directory and the drug list share: sample data, an outage with a person to call,
 * and the parts of a search that were left out. Each page passes its own words.
 */
import type { ReactNode } from 'react';

/** Said plainly at the top of every page that shows generated sample data. */
export function SampleNotice({ children }: { children: ReactNode }) {
  return (
    <p className="mb-6 rounded-md border-l-8 border-amber-700 bg-amber-50 p-4 text-lg font-semibold text-amber-950" data-testid="sample-data-notice">
      {children}
    </p>
  );
}

/** When the database cannot be reached: say so, give a person to call instead, and a way to try again. */
export function OutagePanel({ title, body, call, retryHref, tryAgain }: { title: string; body: string; call: ReactNode; retryHref: string; tryAgain: string }) {
  return (
    <div className="rounded-lg border-2 border-red-800 bg-white p-4 text-lg md:p-6">
      <h2 className="text-2xl font-bold text-red-900">{title}</h2>
      <p className="mt-3">{body}</p>
      <p className="mt-3">{call}</p>
      <p className="mt-4">
        <a href={retryHref}>{tryAgain}</a>
      </p>
    </div>
  );
}

/** What part of a search address was left out, and why (nothing when all of it was read). */
export function SearchProblems({ title, problems }: { title: string; problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <section aria-labelledby="search-problems-title" className="mt-6 rounded-md border-l-8 border-red-800 bg-red-50 p-4 text-lg">
      <h2 id="search-problems-title" className="font-bold text-red-900">
        {title}
      </h2>
      <ul className="mt-2 list-disc pl-6">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </section>
  );
}
