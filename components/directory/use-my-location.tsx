export type UseMyLocationText = { button: string; locating: string; denied: string; unavailable: string };

/**
 * "Use my location": fills the place field with the browser's position, rounded to about a kilometre,
 * and sends the search. Progressive: hidden until public/enhance.js finds the browser can locate, so
 * without JavaScript or geolocation the field works as before, and the page needs no framework runtime
 * (docs/decisions/0008). The position goes only into the search address; the site never stores or
 * logs it. The words for each state travel with the button, in the page's language.
 */
export function UseMyLocation({ inputId, text }: { inputId: string; text: UseMyLocationText }) {
  return (
    <div className="mt-2" hidden data-use-location={inputId} data-locating={text.locating} data-denied={text.denied} data-unavailable={text.unavailable}>
      <button type="button" className="min-h-11 rounded-md border-2 border-brand-800 px-4 py-2 text-lg font-bold text-brand-800 disabled:opacity-60">
        <span aria-hidden="true">⌖ </span>
        {text.button}
      </button>
      <p role="status" className="mt-1 text-base" />
    </div>
  );
}
