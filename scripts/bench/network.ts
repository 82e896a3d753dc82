/**
 * The benchmark's provider network: the demo generator lays out a fixed 95 offices, so a network of
 * 10,000 locations is made of copies of it, each from its own seed (so names, streets, NPIs and the
 * jitter of each office around its ZIP code differ, all within Jackson County) and with its own ids.
 * The first copy keeps only the offices still needed, and roles are trimmed evenly across copies so
 * the totals come out exact. Written as Plan-Net NDJSON, so it loads through the real importer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { generateDemoNetwork, type DemoNetwork } from '@/lib/directory/demo';
import type { Reference } from '@/lib/directory/demo/fhir-types';
import { cachePath, hashSources } from './cache';

export type NetworkSize = { roles: number; locations: number; seed: number };
export type BenchNetwork = { folder: string; key: string; counts: Record<string, number>; detailIds: string[] };

/** Ids the generator gives every copy; the plan, its network and the insurance plan are shared. */
// Facilities (hospitals, urgent care, pharmacies, labs) carry a `facility-` kind of their own.
const COPY_ID = /\bjcc-((?:facility-)?(?:organization|location|healthcareservice|practitioner|practitionerrole|organizationaffiliation))-(\d+)\b/g;
const isShared = (id: string) => id.replace(COPY_ID, '') === id;
/** The demo gives about 1.13 roles per practitioner; aim 5% over the target and trim evenly. */
const ROLES_PER_PRACTITIONER = 1.13;
const OVERSHOOT = 1.05;
const DETAIL_IDS = 30;

const idOf = (reference: Reference) => reference.reference.split('/')[1] ?? '';
const allKept = (references: readonly Reference[] | undefined, kept: ReadonlySet<string>) => (references ?? []).every((ref) => kept.has(idOf(ref)));

/** Keeps the first `locationBudget` offices and what can stand without the others, and `roleQuota` roles, evenly spread. */
function trimCopy(network: DemoNetwork, locationBudget: number, roleQuota: number): DemoNetwork {
  const locations = network.Location.slice(0, locationBudget);
  const kept = new Set(locations.map((location) => location.id));
  const clinics = new Set(locations.map((location) => idOf(location.managingOrganization)));
  const organizations = network.Organization.filter((organization) => isShared(organization.id) || clinics.has(organization.id));
  organizations.forEach((organization) => kept.add(organization.id));
  const services = network.HealthcareService.filter((service) => kept.has(idOf(service.providedBy)) && allKept(service.location, kept));
  services.forEach((service) => kept.add(service.id));
  const candidates = network.PractitionerRole.filter(
    (role) => kept.has(idOf(role.organization)) && allKept(role.location, kept) && allKept(role.healthcareService, kept),
  );
  const quota = Math.min(roleQuota, candidates.length);
  const roles = candidates.filter((_, index) => Math.floor(((index + 1) * quota) / candidates.length) > Math.floor((index * quota) / candidates.length));
  const practitioners = new Set(roles.map((role) => idOf(role.practitioner)));
  return {
    Organization: organizations,
    Location: locations,
    HealthcareService: services,
    Practitioner: network.Practitioner.filter((practitioner) => practitioners.has(practitioner.id)),
    PractitionerRole: roles,
    OrganizationAffiliation: network.OrganizationAffiliation.filter(
      (affiliation) =>
        kept.has(idOf(affiliation.participatingOrganization)) && allKept(affiliation.location, kept) && allKept(affiliation.healthcareService, kept),
    ),
    InsurancePlan: network.InsurancePlan,
  };
}

function writeNetwork(folder: string, size: NetworkSize): Omit<BenchNetwork, 'folder' | 'key'> {
  const officesPerCopy = generateDemoNetwork({ seed: size.seed }).Location.length;
  const copies = Math.ceil(size.locations / officesPerCopy);
  const practitioners = Math.ceil(((size.roles / size.locations) * officesPerCopy * OVERSHOOT) / ROLES_PER_PRACTITIONER);
  const files = new Map<string, number>();
  const fileFor = (type: string): number => {
    const name = `${type}.ndjson`;
    if (!files.has(name)) files.set(name, fs.openSync(path.join(folder, name), 'w'));
    return files.get(name) ?? -1;
  };
  const counts: Record<string, number> = {};
  const roleIds: string[] = [];
  let locationsSoFar = 0;
  for (let copy = 0; copy < copies; copy++) {
    // The partial copy comes first: a handful of offices may not hold their share of roles, and the
    // full copies after it (5% over) make up what it could not, so the totals still come out exact.
    const budget = copy === 0 ? size.locations - (copies - 1) * officesPerCopy : officesPerCopy;
    locationsSoFar += budget;
    // Roles in proportion to offices: by the end of this copy, this share of the target is written.
    const roleQuota = Math.round((size.roles * locationsSoFar) / size.locations) - (counts.PractitionerRole ?? 0);
    const generated = generateDemoNetwork({ seed: size.seed + copy, practitioners });
    const network = trimCopy(generated, budget, roleQuota);
    const prefix = `bench-${String(copy).padStart(3, '0')}`;
    for (const [type, resources] of Object.entries(network) as [keyof DemoNetwork, { id: string }[]][]) {
      const own = copy === 0 ? resources : resources.filter((resource) => !isShared(resource.id));
      if (own.length === 0) continue;
      const text = own.map((resource) => `${JSON.stringify(resource)}\n`).join('');
      fs.writeSync(fileFor(type), text.replace(COPY_ID, `${prefix}-$1-$2`));
      counts[type] = (counts[type] ?? 0) + own.length;
      if (type === 'PractitionerRole') roleIds.push(...own.map((role) => role.id.replace(COPY_ID, `${prefix}-$1-$2`)));
    }
    if ((copy + 1) % 10 === 0 || copy === copies - 1) console.log(`  generated ${copy + 1} of ${copies} copies (${counts.PractitionerRole} roles)`);
  }
  files.forEach((descriptor) => fs.closeSync(descriptor));
  const detailIds = Array.from({ length: DETAIL_IDS }, (_, index) => roleIds[Math.floor(((index + 0.5) * roleIds.length) / DETAIL_IDS)] ?? '');
  return { counts, detailIds };
}

/** The network folder for this size, generated once and reused (unless `fresh`). */
export function ensureNetwork(size: NetworkSize, fresh: boolean): BenchNetwork {
  const key = `r${size.roles}-l${size.locations}-s${size.seed}-${hashSources(['lib/directory/demo', 'scripts/bench/network.ts'])}`;
  const folder = cachePath('network', key);
  const manifest = path.join(folder, 'manifest.json');
  if (fresh) fs.rmSync(folder, { recursive: true, force: true });
  if (fs.existsSync(manifest)) {
    console.log(`Network: reusing .bench-data/${path.basename(folder)}`);
    return { folder, key, ...(JSON.parse(fs.readFileSync(manifest, 'utf8')) as Omit<BenchNetwork, 'folder' | 'key'>) };
  }
  console.log(`Network: generating ${size.roles} roles at ${size.locations} locations…`);
  const partial = `${folder}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { recursive: true });
  const facts = writeNetwork(partial, size);
  if (facts.counts.PractitionerRole !== size.roles || facts.counts.Location !== size.locations) {
    throw new Error(
      `The generated network has ${facts.counts.PractitionerRole} roles at ${facts.counts.Location} locations, not ${size.roles} at ${size.locations}.`,
    );
  }
  fs.writeFileSync(path.join(partial, 'manifest.json'), `${JSON.stringify(facts, null, 2)}\n`);
  fs.renameSync(partial, folder);
  return { folder, key, ...facts };
}
