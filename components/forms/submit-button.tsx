/** A form's one send button; it is disabled while the answer is on its way, so a double click sends once. */
export function SubmitButton({ pending, children }: { pending: boolean; children: string }) {
  return (
    <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-6 py-3 text-lg font-bold text-white hover:bg-brand-800 disabled:opacity-70">
      {children}
    </button>
  );
}
