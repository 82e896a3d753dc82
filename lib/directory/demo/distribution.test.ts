import { beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION, NEW_PATIENT_CODES, SYSTEM } from './fhir';
import { DEMO_TODAY, generateDemoNetwork, type DemoNetwork } from './index';
import { lookupFor, roleCategory, roleNewPatients, roleTelehealth, share, summarize, type Summary } from './inspect';
import { LANGUAGES } from './languages';
import { PRIMARY_CARE_CODES } from './taxonomy';

let network: DemoNetwork;
let summary: Summary;

beforeAll(() => {
  network = generateDemoNetwork();
  summary = summarize(network, DEMO_TODAY);
});

const total = (record: Record<string, number> | undefined) => Object.values(record ?? {}).reduce((sum, count) => sum + count, 0);
const withoutAccents = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '');

describe('the mix of the demo network', () => {
  it('has roughly the intended share of each kind of care', () => {
    const practitioners = network.Practitioner.length;
    const expected = { primary: 0.35, pediatrics: 0.1, obgyn: 0.08, behavioral: 0.18, dental: 0.12, specialist: 0.17 };
    for (const [category, target] of Object.entries(expected)) {
      expect(share(summary.categories[category as keyof typeof expected], practitioners), category).toBeCloseTo(target, 1);
    }
  });

  it('uses NUCC codes and Plan-Net role codes on every role, primary care by the contract list', () => {
    expect(network.PractitionerRole.every((role) => roleCategory(role) !== undefined)).toBe(true);
    expect(network.PractitionerRole.every((role) => role.specialty[0]?.coding?.[0]?.system === SYSTEM.nucc)).toBe(true);
    const primary = network.PractitionerRole.filter((role) => PRIMARY_CARE_CODES.has(role.specialty[0]?.coding?.[0]?.code ?? ''));
    expect(share(primary.length, network.PractitionerRole.length)).toBeGreaterThan(0.35);
    expect(share(primary.length, network.PractitionerRole.length)).toBeLessThan(0.5);
  });

  it('uses all four new-patient codes, resolves every role, and about half of primary care is open', () => {
    const seen = new Set(Object.values(summary.newPatientsByCategory).flatMap((counts) => Object.keys(counts)));
    expect([...seen].sort()).toEqual([...NEW_PATIENT_CODES].sort());
    const primary = summary.newPatientsByCategory.primary;
    expect(share(primary?.newpt ?? 0, total(primary))).toBeGreaterThan(0.45);
    expect(share(primary?.newpt ?? 0, total(primary))).toBeLessThan(0.65);
  });

  it('exercises every level of the new-patient rule: role, HealthcareService and Location', () => {
    const lookup = lookupFor(network);
    const own = (extensions: { url: string }[] | undefined) => (extensions ?? []).some((extension) => extension.url === EXTENSION.newPatients);
    const inherited = network.PractitionerRole.filter((role) => !own(role.extension));
    expect(share(inherited.length, network.PractitionerRole.length)).toBeGreaterThan(0.1);
    expect(inherited.some((role) => role.healthcareService)).toBe(true);
    expect(inherited.some((role) => !role.healthcareService && roleNewPatients(role, lookup) !== 'unknown')).toBe(true);
  });

  it('offers telehealth for most behavioral health, some primary care and no dental care', () => {
    const lookup = lookupFor(network);
    const rate = (category: string) => {
      const roles = network.PractitionerRole.filter((role) => roleCategory(role) === category);
      return share(roles.filter((role) => roleTelehealth(role, lookup)).length, roles.length);
    };
    expect(rate('behavioral')).toBeGreaterThan(0.7);
    expect(rate('primary')).toBeGreaterThan(0.15);
    expect(rate('primary')).toBeLessThan(0.4);
    expect(rate('dental')).toBe(0);
  });

  it('has Spanish widely, ASL, and the other languages at low rates, all as BCP 47 codes', () => {
    const practitioners = network.Practitioner.length;
    expect(summary.languages.en).toBe(practitioners);
    expect(share(summary.languages.es ?? 0, practitioners)).toBeGreaterThanOrEqual(0.2);
    expect(share(summary.languages.es ?? 0, practitioners)).toBeLessThan(0.45);
    expect(summary.languages.ase ?? 0).toBeGreaterThanOrEqual(1);
    for (const code of ['ru', 'uk', 'vi', 'zh', 'ar', 'tl', 'pa']) {
      expect(summary.languages[code] ?? 0, code).toBeGreaterThan(0);
      expect(share(summary.languages[code] ?? 0, practitioners), code).toBeLessThan(0.08);
    }
    expect(Object.keys(summary.languages).every((code) => code in LANGUAGES)).toBe(true);
  });

  it('has names with accents that read plainly without them, and both genders', () => {
    const names = network.Practitioner.map((practitioner) => practitioner.name[0]?.text ?? '');
    const accented = names.filter((name) => withoutAccents(name) !== name);
    expect(accented.length).toBeGreaterThan(20);
    expect(names.some((name) => name.startsWith('José '))).toBe(true);
    expect(names.some((name) => /^María /.test(name))).toBe(true);
    expect(names.some((name) => name.includes('Nguyễn'))).toBe(true);
    const women = network.Practitioner.filter((practitioner) => practitioner.gender === 'female').length;
    expect(share(women, network.Practitioner.length)).toBeGreaterThan(0.5);
    expect(share(women, network.Practitioner.length)).toBeLessThan(0.75);
    expect(new Set(names).size).toBe(names.length);
  });

  it('leaves about one listing in ten unverified for more than 180 days', () => {
    expect(share(summary.staleRoles, network.PractitionerRole.length)).toBeGreaterThan(0.06);
    expect(share(summary.staleRoles, network.PractitionerRole.length)).toBeLessThan(0.15);
  });

  it('weights offices toward Medford, Ashland and Central Point and reaches every town', () => {
    const towns = summary.locationsByTown;
    expect(Object.keys(towns)).toHaveLength(12);
    expect(share(towns.Medford ?? 0, network.Location.length)).toBeGreaterThan(0.35);
    expect((towns.Ashland ?? 0) + (towns['Central Point'] ?? 0)).toBeGreaterThan(15);
  });

  it('spreads accessibility features, transit notes only on RVTD towns, and interpreters', () => {
    const codesIn = (location: DemoNetwork['Location'][number], url: string) =>
      (location.extension ?? [])
        .filter((extension) => extension.url === url)
        .flatMap((extension) => extension.valueCodeableConcept?.coding?.map((coding) => coding.code) ?? []);
    const codes = (location: DemoNetwork['Location'][number]) => codesIn(location, EXTENSION.accessibility);
    const rate = (code: string) => share(network.Location.filter((location) => codes(location).includes(code)).length, network.Location.length);
    for (const code of ['handiaccess', 'entrance', 'exam-room', 'exam-table', 'restroom', 'parking', 'pubtrans']) {
      expect(rate(code), code).toBeGreaterThan(0.2);
      expect(rate(code), code).toBeLessThan(1);
    }
    const busTowns = new Set(['Medford', 'Central Point', 'White City', 'Phoenix', 'Talent', 'Ashland']);
    const onTransit = network.Location.filter((location) => codes(location).includes('pubtrans'));
    expect(onTransit.every((location) => busTowns.has(location.address.city))).toBe(true);
    const interpreters = network.Location.flatMap((location) => codesIn(location, EXTENSION.interpreterServices));
    const count = (code: string) => interpreters.filter((language) => language === code).length;
    expect(count('es')).toBeGreaterThan(count('ase'));
    expect(count('ase')).toBeGreaterThan(0);
  });
});
