/**
 * After a search (the form's GET navigation), move focus to the results heading so keyboard and
 * screen-reader users land on the answer. Rendered only when the address holds a search, so the bare
 * search page never steals focus. A marker the page's one small script (public/enhance.js) acts on,
 * once, so the page needs no framework runtime for it.
 */
export function FocusResults({ targetId }: { targetId: string }) {
  return <span hidden data-focus-results={targetId} />;
}
