type AlertDismissButtonProps = { alertId: string; label: string };

/**
 * Hides a notice and remembers it in this browser. Rendered on the server; public/enhance.js does the
 * work (and moves focus to the main content), so the page needs no framework runtime for it.
 */
export function AlertDismissButton({ alertId, label }: AlertDismissButtonProps) {
  return (
    <button
      type="button"
      data-dismiss-alert={alertId}
      className="requires-js inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center rounded border-2 border-current px-2 font-bold"
    >
      <span aria-hidden="true">✕</span>
      <span className="sr-only">{label}</span>
    </button>
  );
}
