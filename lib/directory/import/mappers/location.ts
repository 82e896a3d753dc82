import { Prisma } from '@/lib/generated/prisma/client';
import { accessibilityOf, acceptingPatientsOf, interpreterLanguagesOf } from '../extension-readers';
import { referencedId } from '../fhir/common';
import type { LocationResource } from '../fhir/resources';
import { normalizeForSearch, zipCode5 } from '../normalize';
import { locationNotesOf } from '../notes';
import { baseColumns, phoneOf, type Imported } from './shared';

/** The city as the FHIR API's `address-city` search reads it (Location.searchCity, a role's locationCities). */
export function searchCityOf(location: LocationResource): string | null {
  const city = location.address?.city?.trim();
  return city ? normalizeForSearch(city) : null;
}

export function mapLocation(imported: Imported<LocationResource>): Prisma.LocationCreateManyInput {
  const { resource } = imported;
  const name = resource.name?.trim() || null;
  const city = resource.address?.city?.trim() || null;
  const accessibility = accessibilityOf(resource);
  return {
    ...baseColumns(imported),
    // FHIR: a suspended location is temporarily closed, an inactive one no longer operates.
    active: (resource.status ?? 'active') === 'active',
    name,
    searchName: name ? normalizeForSearch(name) : '',
    managingOrganizationId: referencedId(resource.managingOrganization),
    addressLines: (resource.address?.line ?? []).map((line) => line.trim()).filter(Boolean),
    city,
    searchCity: searchCityOf(resource),
    state: resource.address?.state?.trim() || null,
    postalCode: zipCode5(resource.address?.postalCode),
    latitude: resource.position?.latitude ?? null,
    longitude: resource.position?.longitude ?? null,
    phone: phoneOf(resource.telecom),
    // As imported (the parsed copy is typed loosely). DbNull, not undefined: an update must clear old hours.
    hours: imported.json.hoursOfOperation ?? Prisma.DbNull,
    accessibilityCodes: accessibility.codes,
    publicTransit: accessibility.publicTransit,
    notes: locationNotesOf(imported.json),
    newPatients: acceptingPatientsOf(resource),
    interpreterLanguages: interpreterLanguagesOf(resource),
  };
}
