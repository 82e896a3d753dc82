/** GET /api/drug-list/<file>: the drug list as US Drug Formulary NDJSON (lib/formulary/download.ts). */
import { drugListFileResponse } from '@/lib/formulary/download';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return drugListFileResponse((await params).file);
}

export const HEAD = GET;
