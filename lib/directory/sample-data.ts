/**
 * The sample provider network an empty directory starts with. Every resource the demo generator
 * writes carries the `meta.tag` below, so the site can say plainly when it is showing sample data,
 * and the sample is loaded through the same importer as real Plan-Net data.
 */
import type { Database } from '@/lib/db/client';

export const SAMPLE_DATA_TAG_SYSTEM = 'https://directory.cco.example/fhir/CodeSystem/data-source';
export const SAMPLE_DATA_TAG_CODE = 'sample';
export const SAMPLE_DATA_TAG = { system: SAMPLE_DATA_TAG_SYSTEM, code: SAMPLE_DATA_TAG_CODE, display: 'Sample data' } as const;

/** Whether any organization in the directory is sample data (the demo tags every resource it writes). */
export async function directoryHasSampleData(db: Database): Promise<boolean> {
  const tag = JSON.stringify([{ system: SAMPLE_DATA_TAG_SYSTEM, code: SAMPLE_DATA_TAG_CODE }]);
  const [row] = await db.$queryRaw<{ found: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM "Organization" WHERE "resource"->'meta'->'tag' @> ${tag}::jsonb) AS "found"`;
  return row?.found === true;
}
