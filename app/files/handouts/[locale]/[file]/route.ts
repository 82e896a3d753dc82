import fs from 'node:fs/promises';
import { handoutPdfPath } from '@/lib/content/handouts';

/**
 * Serves a handout PDF that staff placed beside its MDX file in content/. Names are checked
 * against a strict pattern in lib, so no path outside content/ can be reached.
 */
export async function GET(_request: Request, { params }: RouteContext<'/files/handouts/[locale]/[file]'>) {
  const { locale, file } = await params;
  const slug = file.endsWith('.pdf') ? file.slice(0, -'.pdf'.length) : '';
  const absolute = handoutPdfPath(locale, slug);
  if (!absolute) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const body = await fs.readFile(absolute);
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${slug}-${locale}.pdf"`,
      'Cache-Control': 'public, max-age=3600',
    },
  });
}
