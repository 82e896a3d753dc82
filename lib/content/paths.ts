import path from 'node:path';
// Relative: next.config.ts loads this file (through lib/content/error-help), and its loader does not resolve @/.
import { readSettings } from '../env';

/**
 * Where staff-edited content lives. CONTENT_DIR lets tests (and a rebranding CCO trying out
 * its files) point the site at another folder without touching code.
 */
export function contentDir(): string {
  return path.resolve(readSettings().CONTENT_DIR);
}

/** A path as staff see it in messages: relative to the project, e.g. content/en/home.mdx. */
export function displayPath(absolutePath: string): string {
  const relative = path.relative(process.cwd(), absolutePath);
  return relative.startsWith('..') ? absolutePath : relative;
}
