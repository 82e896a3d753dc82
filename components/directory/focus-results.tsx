'use client';

import { useEffect } from 'react';

/**
 * After a search (the form's GET navigation), move focus to the results heading so keyboard and
 * screen-reader users land on the answer. Rendered only when the address holds a search, so the bare
 * search page never steals focus.
 */
export function FocusResults({ targetId }: { targetId: string }) {
  useEffect(() => {
    const target = document.getElementById(targetId);
    if (target && !target.contains(document.activeElement)) target.focus();
  }, [targetId]);
  return null;
}
