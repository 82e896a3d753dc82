/**
 * What a page makes a phone download before it can run: its HTML and each script, gzipped, read from
 * the running server as a browser would find them (the script tags in the HTML).
 */
import zlib from 'node:zlib';

export type PageWeight = { htmlGzipBytes: number; scriptFiles: number; scriptGzipBytes: number; inlineScriptGzipBytes: number };

const scriptSource = /<script\b[^>]*\ssrc="([^"]+)"[^>]*>/gi;
const inlineScript = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const gzipped = (data: string | Buffer) => zlib.gzipSync(data).length;

export async function pageWeight(origin: string, page: string): Promise<PageWeight> {
  const html = await (await fetch(`${origin}${page}`)).text();
  // A module-capable browser skips `nomodule` scripts; count what a current phone loads.
  const sources = [...html.matchAll(scriptSource)].filter((match) => !/\snomodule\b/i.test(match[0])).map((match) => match[1] ?? '');
  let scriptGzipBytes = 0;
  for (const source of new Set(sources)) scriptGzipBytes += gzipped(Buffer.from(await (await fetch(new URL(source, origin))).arrayBuffer()));
  const inline = [...html.matchAll(inlineScript)].map((match) => match[1] ?? '').join('');
  return { htmlGzipBytes: gzipped(html), scriptFiles: new Set(sources).size, scriptGzipBytes, inlineScriptGzipBytes: inline ? gzipped(inline) : 0 };
}
