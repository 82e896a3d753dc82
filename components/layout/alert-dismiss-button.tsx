'use client';

import { DISMISSED_ALERTS_STORAGE_KEY } from './storage-keys';

type AlertDismissButtonProps = { alertId: string; label: string };

export function AlertDismissButton({ alertId, label }: AlertDismissButtonProps) {
  function dismiss(button: HTMLButtonElement) {
    try {
      const stored: unknown = JSON.parse(window.localStorage.getItem(DISMISSED_ALERTS_STORAGE_KEY) ?? '[]');
      const ids = Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
      window.localStorage.setItem(DISMISSED_ALERTS_STORAGE_KEY, JSON.stringify([...new Set([...ids, alertId])]));
    } catch {
      // Without storage the notice hides for this page only.
    }
    const alert = button.closest<HTMLElement>('[data-alert-id]');
    if (alert) alert.hidden = true;
    // Focus would otherwise be lost with the removed button; the main content is the next useful place.
    document.getElementById('main-content')?.focus();
  }

  return (
    <button
      type="button"
      onClick={(event) => dismiss(event.currentTarget)}
      className="requires-js inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center rounded border-2 border-current px-2 font-bold"
    >
      <span aria-hidden="true">✕</span>
      <span className="sr-only">{label}</span>
    </button>
  );
}
