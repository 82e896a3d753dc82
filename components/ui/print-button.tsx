/**
 * Opens the browser's print dialog (public/enhance.js); the print stylesheet keeps the handout to one
 * page. Hidden without JavaScript, where the browser's own Print does the same.
 */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      data-print=""
      className="requires-js no-print mt-4 inline-flex min-h-11 items-center gap-2 rounded bg-brand-700 px-4 text-lg font-bold text-white hover:bg-brand-800"
    >
      {label}
    </button>
  );
}
