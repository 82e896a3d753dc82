const sizes = ['small', 'default', 'large'] as const;
type TextSize = (typeof sizes)[number];

const symbols: Record<TextSize, string> = { small: 'A−', default: 'A', large: 'A+' };

type TextSizeControlProps = { label: string; names: Record<TextSize, string> };

/**
 * A−, A, A+: the choice is kept in this browser and applied before the page paints (head-script).
 * Rendered on the server; public/enhance.js makes the buttons work and marks the pressed one, so it
 * needs no framework runtime. Hidden without JavaScript (`requires-js`), where it could not work.
 */
export function TextSizeControl({ label, names }: TextSizeControlProps) {
  return (
    <div role="group" aria-label={label} className="requires-js flex items-center gap-1">
      {sizes.map((size) => (
        <button
          key={size}
          type="button"
          data-text-size-choice={size}
          aria-pressed={size === 'default'}
          className="min-h-11 min-w-11 rounded border-2 border-white bg-transparent px-2 font-bold text-white aria-pressed:bg-white aria-pressed:text-brand-900"
        >
          {/* The visible symbol is part of the name (WCAG 2.5.3), the words say what it does. */}
          <span style={{ fontSize: size === 'small' ? '0.85em' : size === 'large' ? '1.2em' : '1em' }}>{symbols[size]}</span>
          <span className="sr-only"> {names[size]}</span>
        </button>
      ))}
    </div>
  );
}
