/**
 * GET /api/drug-list/<file>: the drug list as US Drug Formulary NDJSON, for apps and for anyone who
 * wants the whole list (the machine-readable file Medicaid managed-care rules ask for). Public, read
 * only, open to every origin, cached 5 minutes like the pages.
 */
import { getDb } from '@/lib/db';
import { errorKind } from '@/lib/db/failures';
import { exportFormularyFile, formularyFileNames, type FormularyFileName } from './export';

const common = { 'Access-Control-Allow-Origin': '*', 'X-Content-Type-Options': 'nosniff' };

export async function drugListFileResponse(file: string): Promise<Response> {
  if (!(formularyFileNames as string[]).includes(file)) {
    return new Response(`No such file. The drug list is served as ${formularyFileNames.join(', ')}.\n`, {
      status: 404,
      headers: { ...common, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  try {
    const text = await exportFormularyFile(getDb(), file as FormularyFileName);
    return new Response(text, {
      headers: { ...common, 'Content-Type': 'application/fhir+ndjson; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
    });
  } catch (error) {
    console.error(`drug list download ${file} failed: ${errorKind(error)}`);
    return new Response('The drug list is unavailable for a moment. Try again in a minute.\n', {
      status: 503,
      headers: { ...common, 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '60', 'Cache-Control': 'no-store' },
    });
  }
}
