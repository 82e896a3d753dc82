/**
 * The production server: Next.js's request handler behind a thin edge (`npm start`, the end-to-end
 * suite and the benchmarks all serve through it). Before Next.js sees a request, the edge
 *   - refuses what no well-formed client sends (unknown methods, malformed paths, oversized or
 *     unmeasured bodies, cross-site form posts) with 405 / 400 / 413 / 411 / 403 instead of a 500;
 *   - works out the client's address from the connection and TRUSTED_PROXY_HOPS, and hands it on as
 *     the only X-Forwarded-For the site reads (lib/rate-limit/client-address.ts);
 *   - puts the security headers on every response, and on each page a script policy listing the
 *     hashes of that page's inline scripts (static pages cannot carry a per-request nonce).
 * It keeps no state between requests and logs no address, path query or body.
 *
 * With WEB_PROCESSES above 1 (and PostgreSQL), it runs that many of these on one port
 * (scripts/serve-processes.ts).
 *
 * Usage: tsx scripts/serve.ts [--port N] [--hostname H]
 */
import cluster from 'node:cluster';
import http from 'node:http';
import path from 'node:path';
import next from 'next';
import { readDatabaseConfig } from '../lib/db/config';
import { readSettings } from '../lib/env';
import { clientAddress, isReadableForm, MAX_BODY_BYTES, needsBodyCheck, refuseRequest, unparsedRequestPath, type Refusal } from '../lib/http/edge';
import { securityHeaders } from '../lib/http/security-headers';
import { takePageEncoding, withPagePolicy } from './serve-page-policy';
import { superviseWorkers } from './serve-processes';

const root = path.resolve(import.meta.dirname, '..');
const settings = readSettings();
const argument = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
};
const port = Number(argument('port') ?? settings.PORT);
const requestedHostname = argument('hostname') ?? settings.HOSTNAME_BIND;
const loopback = (name: string) => ['127.0.0.1', '::1', 'localhost'].includes(name);

// Every absolute link (canonical, sitemap, FHIR) comes from SITE_URL, never from a request's Host. Without
// it the site can only be a demo on this machine: it listens on 127.0.0.1 alone, and refuses to serve
// other machines with links that would point at localhost.
if (!settings.SITE_URL && requestedHostname !== undefined && !loopback(requestedHostname)) {
  console.error(
    `SITE_URL is not set, so links would point at http://localhost:${port}. Set SITE_URL to the site's public address (like https://members.example.org) to serve other machines on ${requestedHostname}.`,
  );
  process.exit(1);
}
if (!settings.SITE_URL && cluster.isPrimary)
  console.warn(`SITE_URL is not set: serving a demo on this machine only (127.0.0.1). Set SITE_URL, then rebuild, to serve others.`);
const hostname = requestedHostname ?? (settings.SITE_URL ? undefined : '127.0.0.1');
const siteOrigin = new URL(settings.SITE_URL ?? `http://localhost:${port}`).origin;

if (settings.WEB_PROCESSES > 1 && cluster.isPrimary) {
  if (readDatabaseConfig(settings).kind === 'pglite') {
    console.error(
      `WEB_PROCESSES=${settings.WEB_PROCESSES} needs DATABASE_URL: the embedded database (DATA_DIR) opens in one process only. Set DATABASE_URL to a PostgreSQL server, or WEB_PROCESSES to 1.`,
    );
    process.exit(1);
  }
  superviseWorkers(settings.WEB_PROCESSES);
} else {
  await serve();
}

/** One server process: Next.js behind the edge, on the port (shared with the other workers, if any). */
async function serve(): Promise<void> {
  const app = next({ dev: false, dir: root, hostname: hostname ?? 'localhost', port });
  const handle = app.getRequestHandler();

  function decorate(response: http.ServerResponse, pathname: string) {
    for (const { key, value } of securityHeaders({ hstsMaxAge: settings.HSTS_MAX_AGE, path: pathname })) response.setHeader(key, value);
  }

  /** A refusal in plain text, or as an OperationOutcome for the FHIR API, whose clients read only that. */
  function refuse(response: http.ServerResponse, pathname: string, refusal: Refusal) {
    const fhir = pathname.startsWith('/api/fhir');
    const body = fhir
      ? JSON.stringify({
          resourceType: 'OperationOutcome',
          issue: [{ severity: 'error', code: refusal.status === 405 ? 'not-supported' : 'invalid', diagnostics: refusal.reason }],
        })
      : `${refusal.reason}\n`;
    decorate(response, pathname);
    response.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    response.setHeader('Content-Type', fhir ? 'application/fhir+json; charset=utf-8' : 'text/plain; charset=utf-8');
    response.setHeader('Cache-Control', 'no-store');
    if (refusal.status === 405) response.setHeader('Allow', 'GET, HEAD, POST, OPTIONS');
    response.writeHead(refusal.status).end(body);
  }

  await app.prepare();

  /**
   * Reads a multipart form (at most MAX_BODY_BYTES: the edge refused longer ones) and hands Next.js a
   * request that replays it, or null when the form is broken (Next.js would fail on it with a 500).
   */
  async function checkedForm(request: http.IncomingMessage): Promise<http.IncomingMessage | null> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of request) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY_BYTES) return null;
      chunks.push(chunk as Buffer);
    }
    const body = Buffer.concat(chunks);
    if (!(await isReadableForm(body, request.headers['content-type'] ?? ''))) return null;
    const replay = new http.IncomingMessage(request.socket);
    Object.assign(replay, {
      method: request.method,
      url: request.url,
      headers: request.headers,
      rawHeaders: request.rawHeaders,
      httpVersion: request.httpVersion,
    });
    // Whole already: without this, ending the replay would count as an aborted upload and close the connection.
    replay.complete = true;
    replay.push(body);
    replay.push(null);
    return replay;
  }

  const server = http.createServer(async (request, response) => {
    const url = request.url ?? '/';
    const pathname = url.split('?')[0] ?? '/';
    const refusal = refuseRequest({ method: request.method ?? 'GET', url, headers: request.headers, siteOrigin });
    if (refusal) {
      // Drain what the client sends, so it reads the answer instead of a reset connection.
      request.resume();
      return refuse(response, pathname, refusal);
    }
    const address = clientAddress(request.socket.remoteAddress, request.headers['x-forwarded-for']?.toString(), settings.TRUSTED_PROXY_HOPS);
    delete request.headers['x-real-ip'];
    if (address) request.headers['x-forwarded-for'] = address;
    else delete request.headers['x-forwarded-for'];

    let forNext: http.IncomingMessage = request;
    if (needsBodyCheck(request.method ?? 'GET', request.headers['content-type'])) {
      const replay = await checkedForm(request).catch(() => null);
      if (!replay) return refuse(response, pathname, { status: 400, reason: 'The form could not be read: send it again from the page.' });
      forNext = replay;
    }

    decorate(response, pathname);
    withPagePolicy(response, takePageEncoding(forNext));
    handle(forNext, response).catch((error: unknown) => {
      console.error(`serve: ${request.method} ${pathname} failed: ${error instanceof Error ? error.name : 'unknown error'}`);
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end();
    });
  });

  /** An answer written straight to the socket, for requests Node.js itself refuses before any handler runs. */
  function socketAnswer(socket: import('node:stream').Duplex, status: string, text: string, extra = '', path = '/') {
    const headers = securityHeaders({ hstsMaxAge: settings.HSTS_MAX_AGE, path })
      .map(({ key, value }) => `${key}: ${value}\r\n`)
      .join('');
    // The FHIR API's clients read only OperationOutcomes, whatever went wrong.
    const fhir = path.startsWith('/api/fhir');
    const body = fhir
      ? JSON.stringify({
          resourceType: 'OperationOutcome',
          issue: [{ severity: 'error', code: status.startsWith('405') ? 'not-supported' : 'invalid', diagnostics: text }],
        })
      : `${text}\n`;
    const type = fhir ? 'application/fhir+json; charset=utf-8' : 'text/plain; charset=utf-8';
    socket.end(
      `HTTP/1.1 ${status}\r\n${extra}${headers}Content-Security-Policy: default-src 'none'; frame-ancestors 'none'\r\nContent-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }

  // Requests Node cannot parse (a raw non-ASCII byte in the address, a header too large) get a plain
  // 400 with the headers, not a bare one or a dropped connection.
  server.on('clientError', (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') return socket.destroy();
    socketAnswer(socket, '400 Bad Request', 'The request is not written correctly.', '', unparsedRequestPath(error.rawPacket) ?? '/');
  });

  // CONNECT (a proxy tunnel) is not something this site does; without an answer Node would drop the connection.
  server.on('connect', (_request: http.IncomingMessage, socket: import('node:stream').Duplex) => {
    socketAnswer(socket, '405 Method Not Allowed', 'This site does not answer CONNECT requests.', 'Allow: GET, HEAD, POST, OPTIONS\r\n');
  });

  server.listen(port, hostname, () => {
    const proxies =
      settings.TRUSTED_PROXY_HOPS === 0
        ? 'the connection (TRUSTED_PROXY_HOPS=0: X-Forwarded-For from clients is ignored)'
        : `X-Forwarded-For through ${settings.TRUSTED_PROXY_HOPS} trusted prox${settings.TRUSTED_PROXY_HOPS === 1 ? 'y' : 'ies'} (TRUSTED_PROXY_HOPS)`;
    // With several processes the first one speaks for all; the others and their replacements say nothing.
    if (cluster.isPrimary || cluster.worker?.id === 1) {
      const processes = cluster.isPrimary ? '' : ` (${settings.WEB_PROCESSES} processes)`;
      console.log(`Serving on http://${hostname ?? 'localhost'}:${port}${processes}; client addresses come from ${proxies}.`);
    }
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      server.close(() => process.exit(0));
      setTimeout(() => process.exit(0), 5_000).unref();
    });
  }
}
