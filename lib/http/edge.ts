/**
 * What the production server (scripts/serve.ts) decides before Next.js sees a request: requests a
 * browser or an API client would never send well-formed are refused with the status that says why,
 * instead of reaching the framework and failing there with a 500. Pure functions, tested in edge.test.ts.
 */
import { isIP } from 'node:net';

/** GET and HEAD for pages, POST for forms and FHIR `_search`, OPTIONS for the FHIR API's CORS preflight. */
export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'OPTIONS'] as const;

/** The most a form or an API request body may hold: the same as Next.js's own limit for server actions. */
export const MAX_BODY_BYTES = 1024 * 1024;

export type Refusal = { status: 400 | 403 | 405 | 411 | 413; reason: string };

export type EdgeRequest = {
  method: string;
  /** The request target as sent: path and query, still percent-encoded. */
  url: string;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The site's public origin (from SITE_URL), like https://members.example.org. */
  siteOrigin: string;
};

const header = (headers: EdgeRequest['headers'], name: string) => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** C0 controls and DEL: never part of a real address or a word a member types. */
const controlCharacter = /[\u0000-\u001f\u007f]/;

/** The decoded path, or null when its percent-encoding is malformed (`/en/%ff`, `/a%zz`). */
export function decodedPath(url: string): string | null {
  const path = url.split('?')[0] ?? '';
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/** Null when the request may go on to the site; otherwise the status and a sentence for the answer. */
export function refuseRequest(request: EdgeRequest): Refusal | null {
  const method = request.method.toUpperCase();
  if (!(ALLOWED_METHODS as readonly string[]).includes(method)) return { status: 405, reason: `This site does not answer ${method} requests.` };

  const path = decodedPath(request.url);
  if (path === null) return { status: 400, reason: 'The address is not written correctly (a % not followed by two hexadecimal digits).' };
  if (controlCharacter.test(path)) return { status: 400, reason: 'The address holds a control character.' };

  const length = header(request.headers, 'content-length');
  const chunked = /\bchunked\b/i.test(header(request.headers, 'transfer-encoding') ?? '');
  if (length !== undefined) {
    if (!/^\d+$/.test(length)) return { status: 400, reason: 'The Content-Length header is not a number.' };
    if (Number(length) > MAX_BODY_BYTES) return { status: 413, reason: `The request body is larger than ${MAX_BODY_BYTES} bytes.` };
  } else if (chunked) {
    // Browsers send every form with its length; a body of unknown length could only be counted after
    // Next.js had started reading it, so it is refused here.
    return { status: 411, reason: 'A request body needs a Content-Length header.' };
  }

  // A server action posted from another site, or naming an action in a shape Next.js never makes
  // (42 hexadecimal characters): Next.js would refuse either by throwing (a 500).
  const action = header(request.headers, 'next-action');
  if (method === 'POST' && action !== undefined && !/^[0-9a-f]{42}$/i.test(action))
    return { status: 400, reason: 'The form names an action this site does not have.' };
  if (method === 'POST' && action !== undefined) {
    const origin = header(request.headers, 'origin');
    if (origin !== undefined && !sameOrigin(origin, request.siteOrigin, header(request.headers, 'host'))) {
      return { status: 403, reason: 'A form on this site can only be sent from this site.' };
    }
  }
  return null;
}

/** The Origin matches the public address, or the host the browser connected to (a staging copy on another name). */
function sameOrigin(origin: string, siteOrigin: string, host: string | undefined): boolean {
  if (origin === siteOrigin) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * The client's address, as far as it can be trusted. Each proxy appends the address it received the
 * request from to X-Forwarded-For; with `trustedHops` proxies in front, the right-most `trustedHops`
 * entries were written by them and the one before was the client. Anything further left came from the
 * client itself and is ignored, so a rotating header cannot widen a per-address limit.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | undefined, trustedHops: number): string | null {
  const chain = [
    socketAddress ?? '',
    ...(forwardedFor ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .reverse(),
  ].filter((entry) => entry !== '');
  const address = chain[Math.min(trustedHops, chain.length - 1)];
  if (address === undefined) return null;
  const bare = address.replace(/^::ffff:/, '');
  return isIP(bare) ? bare : null;
}

/** A form body Next.js must parse (multipart): the edge reads it first, to answer 400 when it is broken. */
export function needsBodyCheck(method: string, contentType: string | undefined): boolean {
  return method.toUpperCase() === 'POST' && /^multipart\/form-data\b/i.test(contentType ?? '');
}

/** True when `body` is a well-formed form of `contentType` (what Next.js would otherwise fail on with a 500). */
export async function isReadableForm(body: Uint8Array, contentType: string): Promise<boolean> {
  try {
    await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData();
    return true;
  } catch {
    return false;
  }
}

/**
 * The address a request Node could not parse was sent to, read from its first bytes (`GET /api/fhir/… HTTP/1.1`),
 * so the refusal can be in the form that part of the site speaks (an OperationOutcome for the FHIR API).
 * Only the path's start matters; bytes Node refused (raw non-ASCII) are read as Latin-1. Null when the
 * first line is not a request line.
 */
export function unparsedRequestPath(rawPacket: Buffer | undefined): string | null {
  if (!rawPacket) return null;
  const firstLine = rawPacket.subarray(0, 8192).toString('latin1').split('\r\n', 1)[0] ?? '';
  const target = /^[A-Z]+ (\/\S*)/.exec(firstLine)?.[1];
  return target ?? null;
}
