import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_DATA_TAG_CODE, SAMPLE_DATA_TAG_SYSTEM } from '../sample-data';
import type { DemoResource } from './fhir-types';
import { DEMO_TODAY, generateDemoNetwork, toNdjsonFiles, type DemoNetwork } from './index';
import { isValidNpi } from './npi';
import { JACKSON_COUNTY_ZIPS } from './places';

let network: DemoNetwork;
let resources: DemoResource[];

beforeAll(() => {
  network = generateDemoNetwork();
  resources = Object.values(network).flat() as DemoResource[];
});

/** Every `reference` string anywhere inside a resource. */
function references(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(references);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === 'reference' && typeof inner === 'string' ? [inner] : references(inner)));
}

describe('the demo network', () => {
  it('is the same byte for byte on every run, and changes with the seed', () => {
    const again = toNdjsonFiles(generateDemoNetwork());
    expect(again).toEqual(toNdjsonFiles(network));
    expect(toNdjsonFiles(generateDemoNetwork({ seed: 2 })).get('Practitioner.ndjson')).not.toEqual(again.get('Practitioner.ndjson'));
  });

  it('writes one NDJSON file per resource type, one resource per line', () => {
    const files = toNdjsonFiles(network);
    expect([...files.keys()].sort()).toEqual(
      ['HealthcareService', 'InsurancePlan', 'Location', 'Organization', 'OrganizationAffiliation', 'Practitioner', 'PractitionerRole'].map(
        (type) => `${type}.ndjson`,
      ),
    );
    for (const [name, text] of files) {
      const lines = text.trimEnd().split('\n');
      expect(lines.every((line) => (JSON.parse(line) as { resourceType: string }).resourceType === name.replace('.ndjson', ''))).toBe(true);
    }
  });

  it('tags every resource as sample data, so the site can say it is showing sample data', () => {
    const untagged = resources.filter(
      (resource) => !resource.meta.tag.some((tag) => tag.system === SAMPLE_DATA_TAG_SYSTEM && tag.code === SAMPLE_DATA_TAG_CODE),
    );
    expect(untagged.map((resource) => `${resource.resourceType}/${resource.id}`)).toEqual([]);
    expect(resources[0]?.meta.tag).toEqual([{ system: SAMPLE_DATA_TAG_SYSTEM, code: 'sample', display: 'Sample data' }]);
  });

  it('meets the minimum sizes', () => {
    const clinics = network.Organization.filter((org) => org.type[0]?.coding?.[0]?.code === 'prvgrp');
    expect(network.Location.length).toBeGreaterThanOrEqual(80);
    expect(clinics.length).toBeGreaterThanOrEqual(60);
    expect(network.Practitioner.length).toBeGreaterThanOrEqual(600);
    expect(network.PractitionerRole.length).toBeGreaterThan(network.Practitioner.length);
    expect(network.InsurancePlan).toHaveLength(1);
    const networks = network.Organization.filter((org) => org.meta.profile[0]?.endsWith('/plannet-Network'));
    expect(networks.map((org) => [org.name, org.type[0]?.coding?.[0]?.code])).toEqual([['Jackson Care Connect network', 'ntwk']]);
  });

  it('gives every practitioner one or two roles, some at two offices', () => {
    const perPractitioner = new Map<string, Set<string>>();
    for (const role of network.PractitionerRole) {
      const offices = perPractitioner.get(role.practitioner.reference) ?? new Set<string>();
      offices.add(role.location[0]?.reference ?? '');
      perPractitioner.set(role.practitioner.reference, offices);
    }
    expect(perPractitioner.size).toBe(network.Practitioner.length);
    const sizes = [...perPractitioner.values()].map((offices) => offices.size);
    expect(Math.max(...sizes)).toBe(2);
    expect(sizes.filter((size) => size === 2).length).toBeGreaterThan(40);
    const staffed = new Set(network.PractitionerRole.map((role) => role.location[0]?.reference));
    // Every clinic office has someone working there; places (pharmacies, urgent care ...) have no listed staff.
    const offices = network.Location.filter((location) => !location.id.startsWith('jcc-facility-'));
    expect(offices.every((location) => staffed.has(`Location/${location.id}`))).toBe(true);
  });

  it('has unique, readable ids and every reference resolves to a generated resource', () => {
    const ids = resources.map((resource) => `${resource.resourceType}/${resource.id}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(resources.every((resource) => /^jcc-[a-z]+(-[a-z0-9]+)*$/.test(resource.id))).toBe(true);
    expect(network.Practitioner[0]?.id).toBe('jcc-practitioner-0001');
    const known = new Set(ids);
    const dangling = resources.flatMap((resource) => references(resource)).filter((reference) => !known.has(reference));
    expect(dangling).toEqual([]);
  });

  it('gives practitioners and clinics valid, unique NPIs', () => {
    const npis = [...network.Practitioner, ...network.Organization].flatMap((resource) =>
      (resource.identifier ?? []).filter((identifier) => identifier.system === 'http://hl7.org/fhir/sid/us-npi').map((identifier) => identifier.value),
    );
    const clinics = network.Organization.filter((org) => org.type[0]?.coding?.[0]?.code === 'prvgrp');
    expect(npis.length).toBe(network.Practitioner.length + clinics.length);
    expect(npis.filter((npi) => !isValidNpi(npi))).toEqual([]);
    expect(new Set(npis).size).toBe(npis.length);
  });

  it('puts every office at a listed Jackson County ZIP, inside the county, with a fictional 541-555-01XX phone', () => {
    for (const location of network.Location) {
      expect(JACKSON_COUNTY_ZIPS).toContain(location.address.postalCode);
      expect(location.position.latitude).toBeGreaterThan(42.0);
      expect(location.position.latitude).toBeLessThan(42.9);
      expect(location.position.longitude).toBeGreaterThan(-123.3);
      expect(location.position.longitude).toBeLessThan(-122.3);
      expect(location.telecom.map((telecom) => telecom.value).every((phone) => /^541-555-01\d\d$/.test(phone))).toBe(true);
      expect(location.hoursOfOperation.length).toBeGreaterThan(0);
    }
    const spots = new Set(network.Location.map((location) => `${location.position.latitude},${location.position.longitude}`));
    expect(spots.size).toBe(network.Location.length);
  });

  it('dates nothing after the fixed today, and a practitioner was updated with its latest role', () => {
    const end = `${DEMO_TODAY}T00:00:00Z`;
    expect(resources.filter((resource) => resource.meta.lastUpdated >= end)).toEqual([]);
    const latest = new Map<string, string>();
    for (const role of network.PractitionerRole) {
      const current = latest.get(role.practitioner.reference) ?? '';
      if (role.meta.lastUpdated > current) latest.set(role.practitioner.reference, role.meta.lastUpdated);
    }
    expect(network.Practitioner.every((practitioner) => latest.get(`Practitioner/${practitioner.id}`) === practitioner.meta.lastUpdated)).toBe(true);
  });
});
