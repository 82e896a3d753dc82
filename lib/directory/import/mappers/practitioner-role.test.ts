import { describe, expect, it } from 'vitest';
import { mapPractitionerRole } from './practitioner-role';
import { deliveryMethod, imported, interpreters, listingVerified, networkReference, newPatients } from '@/tests/directory/plan-net-resources';

const role = (json: Record<string, unknown> = {}) =>
  imported('PractitionerRole', {
    id: 'role-1',
    practitioner: { reference: 'Practitioner/p-1' },
    organization: { reference: 'Organization/org-1' },
    location: [{ reference: 'Location/loc-a' }, { reference: 'Location/loc-b' }],
    healthcareService: [{ reference: 'HealthcareService/svc-a' }, { reference: 'HealthcareService/svc-b' }],
    specialty: [{ coding: [{ system: 'http://nucc.org/provider-taxonomy', code: '207Q00000X' }] }],
    ...json,
  });
const service = (id: string, extension: unknown[] = []) => imported('HealthcareService', { id, extension }).resource;
const location = (id: string, extension: unknown[] = []) => imported('Location', { id, extension }).resource;
const noContext = { services: [], locations: [] };

describe('mapPractitionerRole: new patients', () => {
  it("uses the role's own status first", () => {
    const mapped = mapPractitionerRole(role({ extension: [newPatients('nopt')] }), { services: [service('svc-a', [newPatients('newpt')])], locations: [] });
    expect(mapped.row.newPatients).toBe('nopt');
  });

  it('falls back to the first service that has one, skipping services that say nothing', () => {
    const context = { services: [service('svc-a'), service('svc-b', [newPatients('existptfam')])], locations: [location('loc-a', [newPatients('nopt')])] };
    expect(mapPractitionerRole(role(), context).row.newPatients).toBe('existptfam');
  });

  it("then to the first location's, and to unknown when the first location says nothing", () => {
    expect(mapPractitionerRole(role(), { services: [], locations: [location('loc-a', [newPatients('existptonly')])] }).row.newPatients).toBe('existptonly');
    expect(mapPractitionerRole(role(), { services: [], locations: [location('loc-a'), location('loc-b', [newPatients('newpt')])] }).row.newPatients).toBeNull();
  });
});

describe('mapPractitionerRole: telehealth and in person', () => {
  it('is in person only when nobody names a delivery method', () => {
    expect(mapPractitionerRole(role(), noContext).row).toMatchObject({ telehealth: false, inPerson: true });
  });

  it('is telehealth when the role or a service says virtual, and in person only if one says physical', () => {
    expect(mapPractitionerRole(role({ extension: [deliveryMethod('virtual')] }), noContext).row).toMatchObject({ telehealth: true, inPerson: false });
    const both = { services: [service('svc-a', [deliveryMethod('virtual')]), service('svc-b', [deliveryMethod('physical')])], locations: [] };
    expect(mapPractitionerRole(role(), both).row).toMatchObject({ telehealth: true, inPerson: true });
  });
});

describe('mapPractitionerRole: other facts', () => {
  it('is primary care for a primary-care taxonomy code only', () => {
    expect(mapPractitionerRole(role(), noContext).row.isPrimaryCare).toBe(true);
    const cardiology = role({ specialty: [{ coding: [{ system: 'http://nucc.org/provider-taxonomy', code: '207RC0000X' }] }] });
    expect(mapPractitionerRole(cardiology, noContext).row).toMatchObject({ isPrimaryCare: false, specialtyCodes: ['207RC0000X'] });
  });

  it('dates the listing by listing-verified, else by the day of meta.lastUpdated as written', () => {
    expect(mapPractitionerRole(role({ extension: [listingVerified('2026-09-15')] }), noContext).row.verifiedAt).toEqual(new Date('2026-09-15T00:00:00Z'));
    // 2026-10-01T16:30-07:00 is already 2 October in UTC; the listing was verified on the 1st where it was written.
    expect(mapPractitionerRole(role(), noContext).row.verifiedAt).toEqual(new Date('2026-10-01T00:00:00Z'));
  });

  it("offers the role's and its locations' interpreter languages", () => {
    const context = { services: [], locations: [location('loc-a', [interpreters('ru')]), location('loc-b', [interpreters('es', 'ase')])] };
    expect(mapPractitionerRole(role({ extension: [interpreters('es')] }), context).row.interpreterLanguages).toEqual(['es', 'ru', 'ase']);
  });

  it('keeps the locations in order and the networks from network-reference', () => {
    const mapped = mapPractitionerRole(role({ extension: [networkReference('net-1'), networkReference('net-2')] }), noContext);
    expect(mapped.locationIds).toEqual(['loc-a', 'loc-b']);
    expect(mapped.networkIds).toEqual(['net-1', 'net-2']);
    expect(mapped.row).toMatchObject({ practitionerId: 'p-1', organizationId: 'org-1', healthcareServiceIds: ['svc-a', 'svc-b'] });
  });
});
