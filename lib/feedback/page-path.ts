/**
 * The page a member came from, as we keep it: a path on this site and nothing else. No host, no
 * query (a search can hold what the member typed), no fragment. Safe for client components.
 */
export const pagePathMaxLength = 300;

/** `/en/primary-care` → itself; anything that is not a plain path on this site → undefined. */
export function safePagePath(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const path = raw.trim();
  if (path.length === 0 || path.length > pagePathMaxLength) return undefined;
  if (!path.startsWith('/') || path.includes('//')) return undefined;
  // Letters, digits and the punctuation our routes use; no ?, #, backslash, spaces or controls.
  if (!/^\/[A-Za-z0-9\-._~/%]*$/.test(path)) return undefined;
  return path;
}

/** The path of a Referer header, only if it points at this site (`origin`, e.g. https://example.org). */
export function refererPagePath(referer: string | null, origin: string): string | undefined {
  if (!referer) return undefined;
  try {
    const url = new URL(referer);
    return url.origin === origin ? safePagePath(url.pathname) : undefined;
  } catch {
    return undefined;
  }
}
