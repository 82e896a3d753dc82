import { describe, expect, it } from 'vitest';
import { mapHealthcareService } from './healthcare-service';
import { mapLocation } from './location';
import { mapEndpoint, mapInsurancePlan } from './network-resources';
import { mapOrganization } from './organization';
import { mapPractitioner } from './practitioner';
import { accessibility, deliveryMethod, imported, interpreters, newPatients } from '@/tests/directory/plan-net-resources';

describe('mapOrganization', () => {
  it('marks networks by the Plan-Net Network profile or the ntwk type code', () => {
    const byProfile = imported('Organization', {
      id: 'net-1',
      meta: { lastUpdated: '2026-01-01T00:00:00Z', profile: ['http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/plannet-Network'] },
      name: 'Rogue Valley Network',
    });
    const byType = imported('Organization', { id: 'net-2', type: [{ coding: [{ code: 'ntwk' }] }] });
    const clinic = imported('Organization', { id: 'clinic', name: 'Clínica Médica', type: [{ coding: [{ code: 'prvgrp' }] }] });
    expect(mapOrganization(byProfile).isNetwork).toBe(true);
    expect(mapOrganization(byType).isNetwork).toBe(true);
    expect(mapOrganization(clinic)).toMatchObject({ isNetwork: false, searchName: 'clinica medica', typeCodes: ['prvgrp'] });
  });

  it('reads an NPI written as a JSON number, as the Plan-Net reference data does', () => {
    const row = mapOrganization(imported('Organization', { id: 'o', identifier: [{ system: 'http://hl7.org/fhir/sid/us-npi', value: 1234567893 }] }));
    expect(row.npi).toBe('1234567893');
  });
});

describe('mapLocation', () => {
  const location = imported('Location', {
    id: 'loc-1',
    name: 'Ashland Clinic',
    address: { line: ['123 Main St ', ''], city: 'Ashland', state: 'OR', postalCode: '97520-1234' },
    position: { latitude: 42.19, longitude: -122.71 },
    telecom: [
      { system: 'fax', value: '541-555-0100' },
      { system: 'phone', value: '541-555-0199', use: 'work' },
    ],
    hoursOfOperation: [{ daysOfWeek: ['mon'], openingTime: '08:00:00', closingTime: '17:00:00' }],
    extension: [accessibility(['handiaccess', 'pubtrans', 'exam-table'], 'RVTD bus 10 stops at the door'), newPatients('newpt'), interpreters('es', 'ase')],
  });

  it('keeps the address, a 5-digit ZIP, the phone (not the fax) and the hours', () => {
    expect(mapLocation(location)).toMatchObject({
      addressLines: ['123 Main St'],
      city: 'Ashland',
      searchCity: 'ashland',
      postalCode: '97520',
      latitude: 42.19,
      phone: '541-555-0199',
      hours: [{ daysOfWeek: ['mon'], openingTime: '08:00:00', closingTime: '17:00:00' }],
    });
  });

  it('reads accessibility, public transit, new patients and interpreters from the extensions', () => {
    expect(mapLocation(location)).toMatchObject({
      accessibilityCodes: ['handiaccess', 'pubtrans', 'exam-table'],
      publicTransit: 'RVTD bus 10 stops at the door',
      newPatients: 'newpt',
      interpreterLanguages: ['es', 'ase'],
    });
  });

  it('says nothing it was not told', () => {
    expect(mapLocation(imported('Location', { id: 'bare' }))).toMatchObject({
      postalCode: null,
      latitude: null,
      accessibilityCodes: [],
      publicTransit: null,
      newPatients: null,
      active: true,
    });
    expect(mapLocation(imported('Location', { id: 'closed', status: 'inactive' })).active).toBe(false);
  });
});

describe('mapPractitioner', () => {
  const practitioner = imported('Practitioner', {
    id: 'p-1',
    identifier: [{ system: 'http://hl7.org/fhir/sid/us-npi', value: '1234567893' }],
    name: [
      { use: 'old', family: 'Smith', given: ['Ana'] },
      { use: 'official', family: 'Ortega Núñez', given: ['José', 'María'], prefix: ['Dr.'], suffix: ['MD', 'MPH'] },
    ],
    gender: 'male',
    communication: [
      { coding: [{ system: 'urn:ietf:bcp:47', code: 'es' }] },
      { coding: [{ system: 'urn:ietf:bcp:47', code: 'ase' }] },
      { coding: [{ system: 'urn:ietf:bcp:47', code: 'es' }] },
    ],
  });

  it('shows the official name without the prefix, with credentials from the suffixes', () => {
    expect(mapPractitioner(practitioner)).toMatchObject({
      name: 'José María Ortega Núñez',
      familyName: 'Ortega Núñez',
      givenNames: ['José', 'María'],
      credentials: 'MD, MPH',
      npi: '1234567893',
      gender: 'male',
    });
  });

  it('stores the name unaccented and lowercase, so "jose" finds "José"', () => {
    expect(mapPractitioner(practitioner).searchName).toBe('jose maria ortega nunez');
  });

  it('lists each spoken language once, ASL included', () => {
    expect(mapPractitioner(practitioner).languages).toEqual(['es', 'ase']);
  });
});

describe('mapHealthcareService', () => {
  it('is in person when it names no delivery method, telehealth when it says virtual', () => {
    expect(mapHealthcareService(imported('HealthcareService', { id: 's1' }))).toMatchObject({ telehealth: false, inPerson: true });
    expect(mapHealthcareService(imported('HealthcareService', { id: 's2', extension: [deliveryMethod('virtual')] }))).toMatchObject({
      telehealth: true,
      inPerson: false,
    });
    expect(mapHealthcareService(imported('HealthcareService', { id: 's3', extension: [deliveryMethod('virtual'), deliveryMethod('physical')] }))).toMatchObject(
      { telehealth: true, inPerson: true },
    );
  });
});

describe('network resources', () => {
  it('maps a plan to its networks and an endpoint to its connection type', () => {
    const plan = imported('InsurancePlan', { id: 'plan', name: 'OHP', network: [{ reference: 'Organization/net-1' }, { reference: 'Organization/net-1' }] });
    expect(mapInsurancePlan(plan)).toMatchObject({ name: 'OHP', networkIds: ['net-1'] });
    const endpoint = imported('Endpoint', { id: 'ep', status: 'active', connectionType: { code: 'direct-project' }, address: 'mailto:a@b.org' });
    expect(mapEndpoint(endpoint)).toMatchObject({ connectionType: 'direct-project', address: 'mailto:a@b.org', status: 'active' });
  });
});
