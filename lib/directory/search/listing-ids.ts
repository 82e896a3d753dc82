/**
 * Listing ids as they appear in URLs (/find-a-provider/<id>). A practitioner's listing is its
 * PractitionerRole id; a place's is `place_` + its HealthcareService id. FHIR ids are only letters,
 * digits, `-` and `.`, so the underscore cannot begin a role id: the two never collide, and both
 * are URL-safe as they stand.
 */
export const PLACE_LISTING_PREFIX = 'place_';

const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

export type ListingKey = { kind: 'practitioner'; roleId: string } | { kind: 'place'; serviceId: string };

/** What a listing id names, or null when it cannot be a listing. */
export function parseListingId(id: string): ListingKey | null {
  if (id.startsWith(PLACE_LISTING_PREFIX)) {
    const serviceId = id.slice(PLACE_LISTING_PREFIX.length);
    return FHIR_ID.test(serviceId) ? { kind: 'place', serviceId } : null;
  }
  return FHIR_ID.test(id) ? { kind: 'practitioner', roleId: id } : null;
}

export const placeListingId = (serviceId: string): string => `${PLACE_LISTING_PREFIX}${serviceId}`;
