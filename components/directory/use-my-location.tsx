'use client';

import { useState, useSyncExternalStore } from 'react';

export type UseMyLocationText = { button: string; locating: string; denied: string; unavailable: string };

type Status = 'idle' | 'locating' | 'denied' | 'unavailable';

/**
 * "Use my location": fills the place field with the browser's position, rounded to about a kilometre,
 * and sends the search. Progressive: without JavaScript or geolocation it stays hidden and the field
 * works as before. The position goes only into the search address; the site never stores or logs it.
 */
const noSubscription = () => () => {};

export function UseMyLocation({ inputId, text }: { inputId: string; text: UseMyLocationText }) {
  // False on the server and before hydration, so the button never shows where it cannot work.
  const supported = useSyncExternalStore(
    noSubscription,
    () => 'geolocation' in navigator,
    () => false,
  );
  const [status, setStatus] = useState<Status>('idle');

  const locate = () => {
    setStatus('locating');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        const input = document.getElementById(inputId);
        if (!(input instanceof HTMLInputElement)) return setStatus('unavailable');
        input.value = `${coords.latitude.toFixed(2)},${coords.longitude.toFixed(2)}`;
        setStatus('idle');
        input.form?.requestSubmit();
      },
      (error) => setStatus(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable'),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  };

  if (!supported) return null;
  return (
    <div className="mt-2">
      <button
        type="button"
        onClick={locate}
        disabled={status === 'locating'}
        className="min-h-11 rounded-md border-2 border-brand-800 px-4 py-2 text-lg font-bold text-brand-800 disabled:opacity-60"
      >
        <span aria-hidden="true">⌖ </span>
        {text.button}
      </button>
      <p role="status" className="mt-1 text-base">
        {status === 'idle' ? '' : text[status]}
      </p>
    </div>
  );
}
