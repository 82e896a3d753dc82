'use client';

import { useEffect, useState } from 'react';

import { TEXT_SIZE_STORAGE_KEY } from './storage-keys';
const sizes = ['small', 'default', 'large'] as const;
type TextSize = (typeof sizes)[number];

type TextSizeControlProps = { label: string; names: Record<TextSize, string> };

const symbols: Record<TextSize, string> = { small: 'A−', default: 'A', large: 'A+' };

/** A−, A, A+: the choice is kept in this browser and applied before the page paints (see text-size-script). */
export function TextSizeControl({ label, names }: TextSizeControlProps) {
  const [current, setCurrent] = useState<TextSize>('default');

  useEffect(() => {
    const stored = document.documentElement.dataset.textSize;
    if (stored === 'small' || stored === 'large') setCurrent(stored);
  }, []);

  function choose(size: TextSize) {
    setCurrent(size);
    if (size === 'default') delete document.documentElement.dataset.textSize;
    else document.documentElement.dataset.textSize = size;
    try {
      window.localStorage.setItem(TEXT_SIZE_STORAGE_KEY, size);
    } catch {
      // Storage can be refused; the size still applies to this page.
    }
  }

  return (
    <div role="group" aria-label={label} className="requires-js flex items-center gap-1">
      {sizes.map((size) => (
        <button
          key={size}
          type="button"
          aria-pressed={current === size}
          aria-label={names[size]}
          onClick={() => choose(size)}
          className={`min-h-11 min-w-11 rounded border-2 border-white px-2 font-bold ${
            current === size ? 'bg-white text-brand-900' : 'bg-transparent text-white'
          }`}
        >
          <span aria-hidden="true" style={{ fontSize: size === 'small' ? '0.85em' : size === 'large' ? '1.2em' : '1em' }}>
            {symbols[size]}
          </span>
        </button>
      ))}
    </div>
  );
}
