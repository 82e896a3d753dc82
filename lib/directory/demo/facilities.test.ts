import { beforeAll, describe, expect, it } from 'vitest';
import { FACILITIES } from './facilities';
import type { Extension, HealthcareService, Location } from './fhir-types';
import { EXTENSION, SYSTEM } from './fhir';
import { generateDemoNetwork, type DemoNetwork } from './index';
import { TOWNS } from './places';

let network: DemoNetwork;
let places: HealthcareService[];

beforeAll(() => {
  network = generateDemoNetwork();
  places = network.HealthcareService.filter((service) => service.id.startsWith('jcc-facility-'));
});

const categoryOf = (service: HealthcareService) => service.category[0]?.coding?.[0];
const spanishOf = (extras: { extension: Extension[] } | undefined) =>
  extras?.extension.find((extension) => extension.url === EXTENSION.translation)?.extension?.find((part) => part.url === 'content')?.valueString;

describe('the sample places (urgent care, emergency rooms, hospitals, pharmacies, labs)', () => {
  it('has every kind, categorised with Plan-Net HealthcareServiceCategoryCS', () => {
    const counts = new Map<string, number>();
    for (const service of places) {
      expect(categoryOf(service)?.system).toBe(SYSTEM.serviceCategory);
      counts.set(categoryOf(service)?.code ?? '', (counts.get(categoryOf(service)?.code ?? '') ?? 0) + 1);
    }
    expect(Object.fromEntries(counts)).toEqual({ hosp: 2, emerg: 2, urg: 6, pharm: 13, lab: 3 });
  });

  it('has a pharmacy in every town but Butte Falls, and urgent care in the largest towns', () => {
    const locations = new Map(network.Location.map((location) => [`Location/${location.id}`, location]));
    const townsWith = (code: string) =>
      new Set(
        places.filter((service) => categoryOf(service)?.code === code).map((service) => locations.get(service.location[0]?.reference ?? '')?.address.city),
      );
    expect([...townsWith('pharm')].sort()).toEqual(
      TOWNS.map((town) => town.name)
        .filter((name) => name !== 'Butte Falls')
        .sort(),
    );
    expect(townsWith('urg')).toEqual(new Set(['Medford', 'Ashland', 'Central Point', 'White City', 'Eagle Point']));
  });

  it('gives each place a location with hours and a bilingual hours note; emergency rooms never close', () => {
    const byReference = new Map(network.Location.map((location) => [`Location/${location.id}`, location]));
    for (const service of places) {
      const location = byReference.get(service.location[0]?.reference ?? '') as Location;
      expect(location.hoursOfOperation.length).toBeGreaterThan(0);
      expect(location.availabilityExceptions).toBeTruthy();
      expect(spanishOf(location._availabilityExceptions)).toBeTruthy();
      if (categoryOf(service)?.code === 'emerg')
        expect(location.hoursOfOperation).toEqual([{ daysOfWeek: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], allDay: true }]);
    }
  });

  it('puts every place but one pharmacy in the plan network through an OrganizationAffiliation', () => {
    const affiliated = new Set(
      network.OrganizationAffiliation.flatMap((affiliation) => (affiliation.healthcareService ?? []).map((service) => service.reference)),
    );
    const outside = places.filter((service) => !affiliated.has(`HealthcareService/${service.id}`)).map((service) => service.name);
    expect(outside).toEqual(FACILITIES.filter((plan) => !plan.inNetwork).map((plan) => plan.name));
    expect(outside).toHaveLength(1);
  });

  it('is the same on every run', () => {
    expect(generateDemoNetwork().HealthcareService.filter((service) => service.id.startsWith('jcc-facility-'))).toEqual(places);
  });
});

describe('the sample eligibility and translated notes', () => {
  it('says adults at internal medicine practices and children at pediatric ones', () => {
    const eligibility = (service: HealthcareService) => service.eligibility?.[0]?.code.coding?.[0]?.code;
    const byClinic = new Map(network.HealthcareService.map((service) => [service.name, eligibility(service)]));
    expect(byClinic.get('Roxy Ann Internal Medicine')).toBe('adults');
    expect(byClinic.get('Bear Creek Pediatrics')).toBe('children');
    expect(byClinic.get('Primary care at Lithia Springs Family Medicine')).toBeUndefined();
  });

  it('carries every transit note in English and Spanish', () => {
    const transit = network.Location.flatMap((location) =>
      (location.extension ?? []).filter((extension) => extension.valueCodeableConcept?.coding?.some((coding) => coding.code === 'pubtrans')),
    );
    expect(transit.length).toBeGreaterThan(20);
    for (const extension of transit) {
      expect(extension.valueCodeableConcept?.text).toMatch(/^RVTD bus stop/);
      expect(spanishOf(extension.valueCodeableConcept?._text)).toMatch(/^Parada de autobús de RVTD/);
    }
  });
});
