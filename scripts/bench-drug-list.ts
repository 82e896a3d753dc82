/**
 * npm run bench:drug-list — the drug list search at 20,000 entries, on PGlite and on PostgreSQL:
 * p50/p95 of the search's server time (lib/formulary/service.ts, what the page waits for) over a mix
 * of what members type: a generic, a brand, a misspelling, a Spanish spelling, a prefix, a name that
 * is not there. The 20,000 entries are the sample list's drugs in many strengths and forms, imported
 * through the importer. Goals: p95 ≤ 30 ms on PostgreSQL, ≤ 60 ms on PGlite. Exits 0 whatever the
 * figures; PostgreSQL runs in a scratch server (or BENCH_DATABASE_URL).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MEMORY_DATA_DIR } from '@/lib/db/config';
import { openDatabaseSession, type DatabaseSession } from '@/lib/db/session';
import { importFormularyFolder } from '@/lib/formulary/import';
import { generateSampleFormulary } from '@/lib/formulary/sample';
import { sampleFormularyFiles } from '@/lib/formulary/seed';
import { searchDrugList } from '@/lib/formulary/service';
import { cacheDir } from './bench/cache';
import { startPostgres } from './bench/postgres';

const ENTRIES = 20_000;
const ROUNDS = 40;
const queries = ['metformin', 'Glucophage', 'metformn', 'acetaminofén', 'ibu', 'humira', 'sertralina', 'zzyzxamab', 'insulin', 'atorvastatin 20'];

/** The sample's drugs, each in as many strengths as it takes to reach ENTRIES, with their own ids. */
function largeFolder(): string {
  const sample = generateSampleFormulary();
  const copies = Math.ceil(ENTRIES / sample.Basic.length);
  const grow = (resources: object[], strength: (copy: number) => string) =>
    Array.from({ length: copies }, (_, copy) =>
      resources.map((resource) => {
        const json = JSON.parse(JSON.stringify(resource)) as { id: string; code?: { text?: string }; subject?: { reference: string } };
        json.id = `${json.id}-${copy}`;
        if (json.code?.text) json.code.text = `${json.code.text} ${strength(copy)}`;
        if (json.subject) json.subject.reference = `${json.subject.reference}-${copy}`;
        return json;
      }),
    )
      .flat()
      .slice(0, ENTRIES);
  const grown = {
    MedicationKnowledge: grow(sample.MedicationKnowledge, (copy) => `(pack ${copy + 1})`),
    Basic: grow(sample.Basic, () => ''),
    InsurancePlan: sample.InsurancePlan,
  };
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-drug-list-'));
  for (const [name, text] of sampleFormularyFiles(grown)) fs.writeFileSync(path.join(folder, name), text);
  return folder;
}

async function measure(label: string, session: DatabaseSession, folder: string) {
  const started = performance.now();
  const imported = await importFormularyFolder(session.db, folder);
  const importSeconds = (performance.now() - started) / 1000;
  for (const query of queries) await searchDrugList(query, { db: session.db });
  const times: number[] = [];
  const byQuery = new Map<string, number[]>(queries.map((query) => [query, []]));
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const query of queries) {
      const start = performance.now();
      await searchDrugList(query, { db: session.db });
      const elapsed = performance.now() - start;
      times.push(elapsed);
      byQuery.get(query)?.push(elapsed);
    }
  }
  const at = (values: number[], p: number) => values.toSorted((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))] ?? 0;
  console.log(
    `| ${label} | ${imported.entries} | ${importSeconds.toFixed(1)} s | ${at(times, 50).toFixed(1)} | ${at(times, 95).toFixed(1)} | ${times.length} |`,
  );
  // Which words cost the most: the tail of the mix is usually one or two of them.
  perQuery.push(`${label}: ${[...byQuery].map(([query, values]) => `${query} ${at(values, 50).toFixed(1)}/${at(values, 95).toFixed(1)}`).join(', ')}`);
}
const perQuery: string[] = [];

const folder = largeFolder();
console.log('| database | entries | import | p50 ms | p95 ms | searches |\n|---|---:|---:|---:|---:|---:|');
try {
  const pglite = await openDatabaseSession({ kind: 'pglite', dataDir: MEMORY_DATA_DIR });
  try {
    await measure('PGlite', pglite, folder);
  } finally {
    await pglite.close();
  }
  const postgres = await startPostgres(path.join(cacheDir, 'drug-list-postgres'), { reset: true });
  try {
    const session = await openDatabaseSession({ kind: 'postgres', url: postgres.url });
    try {
      await measure('PostgreSQL', session, folder);
    } finally {
      await session.close();
    }
  } finally {
    postgres.stop();
  }
} finally {
  fs.rmSync(folder, { recursive: true, force: true });
}
console.log(`\np50/p95 ms per query:\n${perQuery.join('\n')}`);
