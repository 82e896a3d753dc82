'use client';

import { useSyncExternalStore } from 'react';
import { TEXT_SIZE_STORAGE_KEY } from './storage-keys';

const sizes = ['small', 'default', 'large'] as const;
type TextSize = (typeof sizes)[number];
const CHANGE_EVENT = 'text-size-change';

const symbols: Record<TextSize, string> = { small: 'A−', default: 'A', large: 'A+' };

// The size lives on <html data-text-size> (set before paint by head-script) and in localStorage.
function readTextSize(): TextSize {
  const current = document.documentElement.dataset.textSize;
  return current === 'small' || current === 'large' ? current : 'default';
}

function subscribe(onChange: () => void) {
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => window.removeEventListener(CHANGE_EVENT, onChange);
}

function applyTextSize(size: TextSize) {
  const root = document.documentElement;
  if (size === 'default') delete root.dataset.textSize;
  else root.dataset.textSize = size;
  try {
    window.localStorage.setItem(TEXT_SIZE_STORAGE_KEY, size);
  } catch {
    // Storage can be refused; the size still applies to this page.
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

type TextSizeControlProps = { label: string; names: Record<TextSize, string> };

/** A−, A, A+: the choice is kept in this browser and applied before the page paints. */
export function TextSizeControl({ label, names }: TextSizeControlProps) {
  const current = useSyncExternalStore(subscribe, readTextSize, () => 'default' as TextSize);

  return (
    <div role="group" aria-label={label} className="requires-js flex items-center gap-1">
      {sizes.map((size) => (
        <button
          key={size}
          type="button"
          aria-pressed={current === size}
          onClick={() => applyTextSize(size)}
          className={`min-h-11 min-w-11 rounded border-2 border-white px-2 font-bold ${
            current === size ? 'bg-white text-brand-900' : 'bg-transparent text-white'
          }`}
        >
          {/* The visible symbol is part of the name (WCAG 2.5.3), the words say what it does. */}
          <span style={{ fontSize: size === 'small' ? '0.85em' : size === 'large' ? '1.2em' : '1em' }}>{symbols[size]}</span>
          <span className="sr-only"> {names[size]}</span>
        </button>
      ))}
    </div>
  );
}
