/**
 * Gives each HTML page a Content-Security-Policy that allows exactly its own inline scripts, by hash.
 * Next.js writes its page payload and React's streaming helpers as inline scripts; a static page's HTML
 * is built once, so it cannot carry a per-request nonce, but its scripts' hashes can be listed.
 *
 * The page's body is held until it is complete (the hashes go in a header, which leaves first), then
 * sent in one piece. Next.js's compression wraps the response after this does, so a held body may be
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

type FinishedPage = { body: Buffer; hashes: string[] | 'none' };

/**
 * A page as it leaves: without the framework's runtime when it carries the marker (lib/http/lean-page.ts),
 * and its inline scripts' hashes. Static pages come out the same every time, so the last few are kept
 * by the body they came from (a few milliseconds of decompressing, editing and compressing saved).
 */
const finished = new Map<string, FinishedPage>();
const FINISHED_KEPT = 200;

function finishPage(body: Buffer, encoding: string): FinishedPage {
  const key = `${encoding}:${createHash('sha256').update(body).digest('base64')}`;
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
    if (isWithoutRuntime(html)) {
      const lean = withoutFrameworkRuntime(html);
      page = { body: compress(lean, encoding), hashes: inlineScriptHashes(lean) };
    } else page = { body, hashes: inlineScriptHashes(html) };
  } catch {
    page = { body, hashes: 'none' };
  }
  if (finished.size >= FINISHED_KEPT) finished.delete(finished.keys().next().value ?? '');
  finished.set(key, page);
  return page;
}

const toBuffer = (chunk: Chunk, encoding?: BufferEncoding) => (typeof chunk === 'string' ? Buffer.from(chunk, encoding ?? 'utf8') : Buffer.from(chunk));

export function withPagePolicy(response: http.ServerResponse) {
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
    const { body, hashes } = finishPage(Buffer.concat(held), String(this.getHeader('content-encoding') ?? ''));
    this.setHeader('Content-Security-Policy', contentSecurityPolicy(hashes));
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
