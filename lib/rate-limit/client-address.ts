/**
 * The address a request came from, for rate limiting only (hashed by clientKey, never stored). The
 * production server (scripts/serve.ts) works it out from the connection and TRUSTED_PROXY_HOPS and
 * replaces whatever X-Forwarded-For the client sent with that one address (lib/http/edge.ts), so a
 * client cannot choose its own bucket. Under `next dev` there is no such server: every visitor is the same.
 */
export function requestClientAddress(requestHeaders: Headers): string | null {
  return requestHeaders.get('x-forwarded-for')?.trim() || null;
}
