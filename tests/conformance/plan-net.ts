/**
 * The Plan-Net conformance suite runs the directory's import, FHIR searches and export over the
 * third-party Plan-Net reference data (HL7-DaVinci/plan-net-ri's NPPES-based NDJSON, with the
 * implementation guide's CapabilityStatement in its ig/ folder). That data is not ours to commit, so
 * the suite finds it through the PLAN_NET_FIXTURES setting (.ci/run sets it; see README) and, without
 * it, is skipped with a name that says how to run it. Nothing outside tests/conformance reads it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { directoryResourceTypes } from '@/lib/directory/import/resource-types';
import type { DirectoryResourceType } from '@/lib/directory/import/resource-types';
import { readNdjson, writeNdjsonFolder } from '@/tests/fixtures/ndjson';
import type { Dataset, Resource } from '@/tests/fhir/harness';
import { planNetSupplement } from './plan-net-supplement';

const setting = process.env.PLAN_NET_FIXTURES?.trim() || undefined;
/** The fixture folder, resolved from where the tests run (the repository's root). */
export const planNetFolder = setting === undefined ? undefined : path.resolve(setting);

function skipReason(): string | undefined {
  if (planNetFolder === undefined) return 'set PLAN_NET_FIXTURES to the Plan-Net fixture folder to run it';
  if (!fs.existsSync(planNetFolder)) return `PLAN_NET_FIXTURES is ${planNetFolder}, which does not exist`;
  const missing = directoryResourceTypes.filter((type) => !fs.existsSync(path.join(planNetFolder, `${type}.ndjson`)));
  if (missing.length > 0) return `PLAN_NET_FIXTURES is ${planNetFolder}, which lacks ${missing.map((type) => `${type}.ndjson`).join(', ')}`;
  return undefined;
}

const reason = skipReason();
export const skipConformance = reason !== undefined;
/** A suite name that says, when the suite is skipped, why and how to run it. */
export const conformanceSuiteName = (what: string) => `Plan-Net conformance: ${what}${reason ? ` (skipped: ${reason})` : ''}`;

/** The fixture folder; only skipped suites run without it, and they never ask. */
function fixtureFolder(): string {
  if (planNetFolder === undefined || reason !== undefined) throw new Error(`The Plan-Net fixture is not available: ${reason}.`);
  return planNetFolder;
}

/** The implementation guide's CapabilityStatement, as published. */
export const capabilityStatementFile = () => path.join(fixtureFolder(), 'ig', 'capabilitystatement-plan-net.json');

/** The fixture alone, as the importer reads it. */
export const planNetFixture: Dataset = {
  name: 'the Plan-Net fixture',
  folders: () => [fixtureFolder()],
  resources: (type) => readNdjson(fixtureFolder(), type),
};

const cache = new Map<DirectoryResourceType, Resource[]>();
let supplementFolder: string | undefined;
/** The fixture, then the supplement that fills the elements it never uses (for the FHIR searches). */
export const planNetWithSupplement: Dataset = {
  name: 'the Plan-Net fixture and supplement',
  folders: () => [fixtureFolder(), (supplementFolder ??= writeNdjsonFolder('plan-net-supplement', planNetSupplement))],
  resources: (type) => {
    const cached = cache.get(type) ?? [...readNdjson(fixtureFolder(), type), ...(planNetSupplement[type] ?? [])];
    cache.set(type, cached);
    return cached;
  },
};
