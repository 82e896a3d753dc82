import path from 'node:path';

/**
 * Where staff-edited content lives. CONTENT_DIR lets tests (and a rebranding CCO trying out
 * its files) point the site at another folder without touching code.
 */
export function contentDir(): string {
  return process.env.CONTENT_DIR ? path.resolve(process.env.CONTENT_DIR) : path.join(process.cwd(), 'content');
}

/** A path as staff see it in messages: relative to the project, e.g. content/en/home.mdx. */
export function displayPath(absolutePath: string): string {
  const relative = path.relative(process.cwd(), absolutePath);
  return relative.startsWith('..') ? absolutePath : relative;
}
