/** The Plan-Net resources of the sample's urgent care clinics, hospitals, pharmacies and labs (facilities.ts). */
import { planNetAccess } from './access';
import { daysBefore, instantOn } from './dates';
import { CATEGORY_LABELS, FACILITIES, facilityHours, facilityHoursNote, type FacilityCategory, type FacilityPlan } from './facilities';
import type { HealthcareService, Location, Organization, OrganizationAffiliation } from './fhir-types';
import { concept, meta, reference, spanishTranslation, SYSTEM, translatedAccessibilityExtension } from './fhir';
import { fictionalPhone, pad } from './offices';
import { nearZipCentre, townNamed, transitNote } from './places';
import { networkReference, payerReference } from './plan';
import { Random } from './random';

export interface FacilityResources {
  organizations: Organization[];
  locations: Location[];
  services: HealthcareService[];
  affiliations: OrganizationAffiliation[];
}

/** v3 RoleCode location types for the places that have one. */
const LOCATION_TYPES: Partial<Record<FacilityCategory, readonly [string, string]>> = {
  hosp: ['HOSP', 'Hospital'],
  pharm: ['PHARM', 'Pharmacy'],
};

export const facilityIds = (number: number) => ({
  organization: `jcc-facility-organization-${pad(number, 4)}`,
  location: `jcc-facility-location-${pad(number, 4)}`,
  affiliation: `jcc-facility-organizationaffiliation-${pad(number, 4)}`,
  service: (category: FacilityCategory) => `jcc-facility-healthcareservice-${pad(number, 4)}-${category}`,
});

export function buildFacilities(seed: number, today: string): FacilityResources {
  const built: FacilityResources = { organizations: [], locations: [], services: [], affiliations: [] };
  FACILITIES.forEach((plan, index) => {
    const random = Random.stream(seed, 'facility', index);
    const ids = facilityIds(index + 1);
    const lastUpdated = instantOn(daysBefore(today, random.int(5, 120)), random.int(0, 479));
    const town = townNamed(plan.town);
    const area = random.pick(town.areas);
    const line = [`${random.int(Math.max(10, Math.floor(town.maxHouseNumber / 20)), town.maxHouseNumber)} ${random.pick(area.streets)}`];
    const phone = fictionalPhone(60 + index);
    const address = {
      use: 'work' as const,
      type: 'both' as const,
      text: `${line[0]}, ${town.name}, OR ${area.zip}`,
      line,
      city: town.name,
      state: 'OR',
      postalCode: area.zip,
      country: 'USA',
    };
    const transit = transitNote(random, town);
    const hoursNote = facilityHoursNote(plan);
    const locationType = locationTypeOf(plan);

    built.organizations.push({
      resourceType: 'Organization',
      id: ids.organization,
      meta: meta('plannet-Organization', lastUpdated),
      active: true,
      type: [concept(SYSTEM.orgType, 'fac', 'Facility')],
      name: plan.name,
      telecom: [{ system: 'phone', value: phone, use: 'work' }],
      address: [address],
    });
    built.locations.push({
      resourceType: 'Location',
      id: ids.location,
      meta: meta('plannet-Location', lastUpdated),
      ...(transit ? { extension: [translatedAccessibilityExtension([planNetAccess('pubtrans')], transit)] } : {}),
      status: 'active',
      name: plan.name,
      description: `${plan.categories.map((category) => CATEGORY_LABELS[category].service).join(' and ')} in ${town.name}`,
      ...(locationType ? { type: [locationType] } : {}),
      telecom: [{ system: 'phone', value: phone, use: 'work' }],
      address,
      position: nearZipCentre(random, area.zip, town.spreadKm),
      managingOrganization: reference('Organization', ids.organization, plan.name),
      hoursOfOperation: facilityHours(plan),
      availabilityExceptions: hoursNote.en,
      _availabilityExceptions: spanishTranslation(hoursNote.es),
    });
    for (const category of plan.categories) {
      const label = CATEGORY_LABELS[category];
      built.services.push({
        resourceType: 'HealthcareService',
        id: ids.service(category),
        meta: meta('plannet-HealthcareService', lastUpdated),
        active: true,
        providedBy: reference('Organization', ids.organization, plan.name),
        category: [concept(SYSTEM.serviceCategory, category, label.display, label.service)],
        type: [{ text: label.service }],
        location: [reference('Location', ids.location, plan.name)],
        // A hospital's emergency room is named for it; a pharmacy is its own name.
        name: plan.categories.length > 1 ? `${label.service} at ${plan.name}` : plan.name,
        telecom: [{ system: 'phone', value: phone, use: 'work' }],
        appointmentRequired: category === 'hosp',
      });
    }
    // Staff at most places speak Spanish too; a member can filter on it as on a practitioner's languages.
    const languages = random.chance(0.75)
      ? [concept(SYSTEM.bcp47, 'en', 'English'), concept(SYSTEM.bcp47, 'es', 'Spanish')]
      : [concept(SYSTEM.bcp47, 'en', 'English')];
    for (const service of built.services.filter((service) => service.providedBy.reference === `Organization/${ids.organization}`))
      service.communication = languages;
    if (plan.inNetwork) built.affiliations.push(facilityAffiliation(plan, ids, lastUpdated));
  });
  return built;
}

function locationTypeOf(plan: FacilityPlan) {
  const type = plan.categories.map((category) => LOCATION_TYPES[category]).find((entry) => entry !== undefined);
  return type ? concept(SYSTEM.roleCode, type[0], type[1]) : undefined;
}

function facilityAffiliation(plan: FacilityPlan, ids: ReturnType<typeof facilityIds>, lastUpdated: string): OrganizationAffiliation {
  return {
    resourceType: 'OrganizationAffiliation',
    id: ids.affiliation,
    meta: meta('plannet-OrganizationAffiliation', lastUpdated),
    active: true,
    organization: payerReference,
    participatingOrganization: reference('Organization', ids.organization, plan.name),
    network: [networkReference],
    location: [reference('Location', ids.location, plan.name)],
    healthcareService: plan.categories.map((category) => reference('HealthcareService', ids.service(category))),
  };
}
