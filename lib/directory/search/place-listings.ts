/**
 * Places as listings: an urgent care clinic, emergency room, hospital, pharmacy or lab is a
 * HealthcareService of that Plan-Net category at its Locations. Loaded whole for the pages, with
 * whether the plan's network includes it (an active OrganizationAffiliation with a network that lists
 * the service, or that lists no services for the organization that provides it).
 */
import type { Database } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { placeListingId } from './listing-ids';
import type { ListingDetail, ListingSummary, PatientAges } from './listing-types';
import { placeCareCategories, placeCareKinds, type PlaceCareKind } from './options';
import { isStale, milesOf, officeColumns, reshapeOffice, specialtiesOf, type LocationRow, type SummaryOptions } from './reshape';

const serviceInclude = { providedBy: { select: { name: true } } } as const satisfies Prisma.HealthcareServiceInclude;
type ServiceRow = Prisma.HealthcareServiceGetPayload<{ include: typeof serviceInclude }>;

export type PlaceRow = { service: ServiceRow; offices: LocationRow[]; inNetwork: boolean };

/** The places with these HealthcareService ids (active ones), keyed by service id. */
export async function loadPlaces(db: Database, serviceIds: readonly string[]): Promise<Map<string, PlaceRow>> {
  if (serviceIds.length === 0) return new Map();
  const services = await db.healthcareService.findMany({ where: { id: { in: [...serviceIds] }, active: true }, include: serviceInclude });
  const locationIds = [...new Set(services.flatMap((service) => service.locationIds))];
  const organizationIds = services.flatMap((service) => (service.providedById ? [service.providedById] : []));
  const [locations, affiliations] = await Promise.all([
    db.location.findMany({ where: { id: { in: locationIds }, active: true }, select: officeColumns }),
    db.organizationAffiliation.findMany({
      where: {
        active: true,
        NOT: { networkIds: { isEmpty: true } },
        OR: [{ healthcareServiceIds: { hasSome: services.map((service) => service.id) } }, { participatingOrganizationId: { in: organizationIds } }],
      },
      select: { participatingOrganizationId: true, healthcareServiceIds: true },
    }),
  ]);
  const locationById = new Map(locations.map((location) => [location.id, location]));
  return new Map(
    services.map((service) => {
      const offices = [...new Set(service.locationIds)].flatMap((id) => locationById.get(id) ?? []);
      const inNetwork = affiliations.some(
        (affiliation) =>
          affiliation.healthcareServiceIds.includes(service.id) ||
          (affiliation.healthcareServiceIds.length === 0 && service.providedById !== null && affiliation.participatingOrganizationId === service.providedById),
      );
      return [service.id, { service, offices, inNetwork }];
    }),
  );
}

const categoryKinds = (codes: readonly string[]): PlaceCareKind[] => placeCareKinds.filter((kind) => codes.includes(placeCareCategories[kind]));

export function reshapePlaceSummary({ service, offices, inNetwork }: PlaceRow, options: SummaryOptions): ListingSummary {
  const office = offices.find((location) => location.id === options.officeId) ?? offices[0] ?? null;
  const name = service.name ?? service.providedBy?.name ?? service.id;
  return {
    id: placeListingId(service.id),
    kind: 'place',
    placeCategories: categoryKinds(service.categoryCodes),
    inNetwork,
    ages: options.ages ?? (service.ages === 'adults' || service.ages === 'children' ? service.ages : 'both'),
    name,
    credentials: null,
    specialties: specialtiesOf(service),
    isPrimaryCare: false,
    // A pharmacy named for itself needs no "at …" line; a hospital's emergency room names its hospital.
    organizationName: service.providedBy?.name && service.providedBy.name !== name ? service.providedBy.name : null,
    office: office ? reshapeOffice(office) : null,
    otherOfficeCount: Math.max(0, offices.length - 1),
    distanceMiles: milesOf(options.meters),
    newPatients: service.newPatients,
    languages: service.languages,
    interpreterLanguages: [],
    telehealth: service.telehealth,
    inPerson: service.inPerson,
    phone: service.phone ?? office?.phone ?? null,
    verifiedOn: service.lastUpdated.toISOString().slice(0, 10),
    stale: isStale(service.lastUpdated, options.now),
  };
}

export function reshapePlaceDetail(place: PlaceRow, now: Date, ages?: PatientAges): ListingDetail {
  return { ...reshapePlaceSummary(place, { now, ...(ages ? { ages } : {}) }), offices: place.offices.map(reshapeOffice), npi: null, gender: null };
}
