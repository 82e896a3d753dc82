'use client';

/** Shown when a staff page cannot load (usually the database): a plain message, never the error itself. */
export default function StaffError({ reset }: { reset: () => void }) {
  return (
    <main id="main-content" className="mx-auto max-w-3xl space-y-4 px-4 py-12 text-lg">
      <h1 className="text-3xl font-extrabold">This page could not load</h1>
      <p>The staff area could not read the database just now. Wait a minute, then try again.</p>
      <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-5 py-2 font-bold text-white">
        Try again
      </button>
    </main>
  );
}
