/**
 * The floor a page is measured against (issue 17): the same page's HTML and CSS with every script
 * removed, served gzipped. A small server in the benchmark's process fetches each page from the real
 * server, strips its scripts and script preloads, and passes everything else (CSS, icons, fonts)
 * through, gzipped too. Served on its own loopback port.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';

const script = /<script\b[^>]*>[\s\S]*?<\/script>/gi;
const scriptPreload = /<link\b(?=[^>]*\bas="script")[^>]*>|<link\b(?=[^>]*\brel="modulepreload")[^>]*>/gi;

/** A page's HTML without any script: what the page would cost if it needed none. */
export function withoutScripts(html: string): string {
  return html.replace(script, '').replace(scriptPreload, '');
}

export type FloorServer = { origin: string; close(): Promise<void> };

export async function startFloorServer(pageOrigin: string): Promise<FloorServer> {
  const server = http.createServer((request, response) => {
    void (async () => {
      const upstream = await fetch(`${pageOrigin}${request.url ?? '/'}`, { redirect: 'manual' });
      const type = upstream.headers.get('content-type') ?? 'application/octet-stream';
      const body = Buffer.from(await upstream.arrayBuffer());
      const sent = type.startsWith('text/html') ? Buffer.from(withoutScripts(body.toString('utf8'))) : body;
      const location = upstream.headers.get('location');
      response.writeHead(upstream.status, {
        'Content-Type': type,
        'Content-Encoding': 'gzip',
        'Cache-Control': upstream.headers.get('cache-control') ?? 'no-store',
        ...(location ? { Location: location } : {}),
      });
      response.end(zlib.gzipSync(sent));
    })().catch((error: unknown) => {
      response.writeHead(502, { 'Content-Type': 'text/plain' }).end(error instanceof Error ? error.message : 'upstream failed');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
