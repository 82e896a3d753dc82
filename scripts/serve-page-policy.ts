/**
 * Gives each HTML page a Content-Security-Policy that allows exactly its own inline scripts, by hash.
 * Next.js writes its page payload and React's streaming helpers as inline scripts; a static page's HTML
 * is built once, so it cannot carry a per-request nonce, but its scripts' hashes can be listed.
 *
 * The page's body is held until it is complete (the hashes go in a header, which leaves first), then
 * sent in one piece. Member pages reach it uncompressed and it compresses them once (takePageEncoding).
 * Anything else Next.js may compress, wrapping the response after this does, so a held body may be
 * compressed: it is decompressed to read the scripts and sent as it came, or, for a page marked to
 * go without the framework's runtime (lib/http/lean-page.ts), sent without those scripts, compressed
 * again the same way. Anything that is not HTML passes straight through with the policy that allows
 * no inline script.
 */
import { createHash } from 'node:crypto';
import type http from 'node:http';
import zlib from 'node:zlib';
import { isWithoutRuntime, withoutFrameworkRuntime } from '../lib/http/lean-page';
import { contentSecurityPolicy, inlineScriptHashes } from '../lib/http/security-headers';

type Chunk = string | Buffer | Uint8Array;
type Callback = (error?: Error | null) => void;

function decompress(body: Buffer, encoding: string): string {
  if (encoding === 'gzip') return zlib.gunzipSync(body).toString('utf8');
  if (encoding === 'br') return zlib.brotliDecompressSync(body).toString('utf8');
  if (encoding === 'deflate') return zlib.inflateSync(body).toString('utf8');
  return body.toString('utf8');
}

function compress(html: string, encoding: string): Buffer {
  if (encoding === 'gzip') return zlib.gzipSync(html);
  if (encoding === 'br') return zlib.brotliCompressSync(html, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } });
  if (encoding === 'deflate') return zlib.deflateSync(html);
  return Buffer.from(html, 'utf8');
}

/**
 * The one compression a member page gets. For pages, the edge takes the client's Accept-Encoding
 * away from Next.js (see takePageEncoding) and compresses the finished page itself: Next.js would
 * compress the whole page with its payload, the edge decompress it to strip the payload, and compress
 * it again (about 140 KB of compression work for a 50 KB results page, on every request). Brotli when
 * the browser takes it (every current one does), else gzip; nothing for a client that asks for neither.
 */
export function chooseEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | '' {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [name = '', ...parameters] = part.split(';').map((item) => item.trim());
    const quality = parameters.find((parameter) => parameter.startsWith('q='));
    const q = quality === undefined ? 1 : Number(quality.slice(2));
    if (name) accepted.set(name, Number.isFinite(q) ? q : 0);
  }
  const wanted = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  return wanted('br') ? 'br' : wanted('gzip') ? 'gzip' : '';
}

/**
 * For a member page (GET or HEAD of /en or /es and below, not a client-side navigation's RSC request),
 * removes Accept-Encoding so Next.js sends the page uncompressed, and says which compression the page
 * then gets from withPagePolicy. Anything else keeps Next.js's own compression (undefined).
 */
export function takePageEncoding(request: http.IncomingMessage): 'br' | 'gzip' | '' | undefined {
  const pathname = (request.url ?? '/').split('?')[0] ?? '/';
  const page = /^\/(en|es)(\/|$)/.test(pathname) && (request.method === 'GET' || request.method === 'HEAD') && request.headers.rsc === undefined;
  if (!page) return undefined;
  const encoding = chooseEncoding(request.headers['accept-encoding']?.toString());
  delete request.headers['accept-encoding'];
  return encoding;
}

type FinishedPage = { body: Buffer; hashes: string[] | 'none'; encoding: string };

/**
 * A page as it leaves: without the framework's runtime when it carries the marker (lib/http/lean-page.ts),
 * and its inline scripts' hashes. Static pages come out the same every time, so the last few are kept
 * by the body they came from (a few milliseconds of decompressing, editing and compressing saved).
 */
const finished = new Map<string, FinishedPage>();
const FINISHED_KEPT = 200;

function finishPage(body: Buffer, encoding: string, wanted: string): FinishedPage {
  const key = `${encoding}:${wanted}:${createHash('sha256').update(body).digest('base64')}`;
  const known = finished.get(key);
  if (known) {
    // Most recently used last: the pages members read most stay.
    finished.delete(key);
    finished.set(key, known);
    return known;
  }
  let page: FinishedPage;
  try {
    const html = decompress(body, encoding);
    // Compressed by Next.js (a request the edge left alone): sent the same way. Else as the client asked.
    const sent = encoding || wanted;
    if (isWithoutRuntime(html)) {
      const lean = withoutFrameworkRuntime(html);
      page = { body: compress(lean, sent), hashes: inlineScriptHashes(lean), encoding: sent };
    } else page = { body: encoding ? body : compress(html, sent), hashes: inlineScriptHashes(html), encoding: sent };
  } catch {
    page = { body, hashes: 'none', encoding };
  }
  if (finished.size >= FINISHED_KEPT) finished.delete(finished.keys().next().value ?? '');
  finished.set(key, page);
  return page;
}

const toBuffer = (chunk: Chunk, encoding?: BufferEncoding) => (typeof chunk === 'string' ? Buffer.from(chunk, encoding ?? 'utf8') : Buffer.from(chunk));

/** `pageEncoding`: what takePageEncoding chose for this request (undefined: Next.js compresses, if at all). */
export function withPagePolicy(response: http.ServerResponse, pageEncoding: string = '') {
  const { writeHead, write, end, flushHeaders } = originalMethods(response);
  let mode: 'undecided' | 'hold' | 'pass' = 'undecided';
  const held: Buffer[] = [];

  const decide = () => {
    if (mode !== 'undecided') return;
    // A 304 tells the browser to reuse the page it holds, and the headers it carries replace the held
    // ones: it must carry no policy, so the held page keeps the one listing its own scripts.
    if (response.statusCode === 304) {
      mode = 'pass';
      response.removeHeader('Content-Security-Policy');
      return;
    }
    const type = String(response.getHeader('content-type') ?? '');
    mode = type.startsWith('text/html') && response.req.method !== 'HEAD' ? 'hold' : 'pass';
    if (mode === 'pass') response.setHeader('Content-Security-Policy', contentSecurityPolicy('none'));
  };

  // Headers set through writeHead(status, headers) are kept on the response so they leave with the body.
  response.writeHead = function (this: http.ServerResponse, status: number, ...rest: unknown[]) {
    const headers = rest.find((item) => typeof item === 'object' && item !== null);
    this.statusCode = status;
    if (Array.isArray(headers)) for (let i = 0; i + 1 < headers.length; i += 2) this.setHeader(String(headers[i]), headers[i + 1] as string);
    else if (headers) for (const [key, value] of Object.entries(headers)) if (value !== undefined) this.setHeader(key, value as string);
    decide();
    return mode === 'hold' ? this : writeHead.call(this, status);
  } as http.ServerResponse['writeHead'];

  response.flushHeaders = function (this: http.ServerResponse) {
    decide();
    if (mode === 'pass') flushHeaders.call(this);
  };

  response.write = function (this: http.ServerResponse, chunk: Chunk, encodingOrCallback?: BufferEncoding | Callback, callback?: Callback) {
    decide();
    if (mode === 'pass') return write.call(this, chunk, encodingOrCallback as BufferEncoding, callback);
    held.push(toBuffer(chunk, typeof encodingOrCallback === 'string' ? encodingOrCallback : undefined));
    const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
    if (done) process.nextTick(done);
    return true;
  } as http.ServerResponse['write'];

  response.end = function (this: http.ServerResponse, chunk?: Chunk | Callback, encodingOrCallback?: BufferEncoding | Callback, callback?: Callback) {
    decide();
    if (mode === 'pass') return end.call(this, chunk as Chunk, encodingOrCallback as BufferEncoding, callback);
    if (chunk !== undefined && typeof chunk !== 'function') held.push(toBuffer(chunk, typeof encodingOrCallback === 'string' ? encodingOrCallback : undefined));
    const { body, hashes, encoding } = finishPage(Buffer.concat(held), String(this.getHeader('content-encoding') ?? ''), pageEncoding);
    this.setHeader('Content-Security-Policy', contentSecurityPolicy(hashes));
    if (encoding) this.setHeader('Content-Encoding', encoding);
    const vary = String(this.getHeader('vary') ?? '');
    if (!/\baccept-encoding\b/i.test(vary)) this.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    if (!this.hasHeader('transfer-encoding')) this.setHeader('Content-Length', body.length);
    writeHead.call(this, this.statusCode);
    const done = [chunk, encodingOrCallback, callback].find((item): item is Callback => typeof item === 'function');
    return end.call(this, body, done);
  } as http.ServerResponse['end'];
}

/** The response's own methods, captured before they are replaced (later wrappers, like compression, wrap these). */
function originalMethods(response: http.ServerResponse) {
  return {
    writeHead: response.writeHead.bind(response) as (status: number) => http.ServerResponse,
    write: response.write.bind(response) as (chunk: Chunk, encoding?: BufferEncoding, callback?: Callback) => boolean,
    end: response.end.bind(response) as (chunk?: Chunk, encodingOrCallback?: BufferEncoding | Callback, callback?: Callback) => http.ServerResponse,
    flushHeaders: response.flushHeaders.bind(response),
  };
}
