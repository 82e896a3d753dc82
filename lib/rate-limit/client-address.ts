/**
 * The address a request came from, for rate limiting only (hashed by clientKey, never stored): the
 * first address in X-Forwarded-For (set by the proxy or load balancer in front of the web servers),
 * else X-Real-IP. A client talking to `next start` directly can write these headers itself, so per-address
 * limits assume a proxy that overwrites them; limits per account (staff sign-in) do not depend on them.
 */
export function requestClientAddress(requestHeaders: Headers): string | null {
  return requestHeaders.get('x-forwarded-for')?.split(',')[0]?.trim() || requestHeaders.get('x-real-ip')?.trim() || null;
}
