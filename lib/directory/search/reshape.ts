/** Database rows → the listing shapes the pages render. */
import type { Prisma } from '@/lib/generated/prisma/client';
import { STALE_AFTER_DAYS } from './options';
import type { DirectoryNote, ListingDetail, ListingSummary, Office, OpeningHours, PatientAges, Specialty } from './listing-types';

// Only the columns the pages show: the stored FHIR resources of practitioners and offices are large.
export const officeColumns = {
  id: true,
  active: true,
  name: true,
  addressLines: true,
  city: true,
  state: true,
  postalCode: true,
  latitude: true,
  longitude: true,
  phone: true,
  hours: true,
  accessibilityCodes: true,
  publicTransit: true,
  interpreterLanguages: true,
  notes: true,
} as const satisfies Prisma.LocationSelect;

export const listingInclude = {
  practitioner: { select: { name: true, credentials: true, languages: true, npi: true, gender: true } },
  organization: { select: { name: true } },
  locations: { select: { location: { select: officeColumns } }, orderBy: { position: 'asc' } },
} as const satisfies Prisma.PractitionerRoleInclude;

export type ListingRow = Prisma.PractitionerRoleGetPayload<{ include: typeof listingInclude }>;
export type LocationRow = ListingRow['locations'][number]['location'];

/** What a result card needs of a listing: a ListingRow has it all (listing-rows.ts loads just this). */
export type SummaryRow = Pick<
  ListingRow,
  | 'id'
  | 'resource'
  | 'specialtyCodes'
  | 'isPrimaryCare'
  | 'newPatients'
  | 'interpreterLanguages'
  | 'telehealth'
  | 'inPerson'
  | 'phone'
  | 'verifiedAt'
  | 'locations'
> & {
  practitioner: Pick<NonNullable<ListingRow['practitioner']>, 'name' | 'credentials' | 'languages'> | null;
  organization: Pick<NonNullable<ListingRow['organization']>, 'name'> | null;
};

const DAY_MS = 86_400_000;

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asString = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

export function specialtiesOf(row: { resource: Prisma.JsonValue; specialtyCodes: string[] }): Specialty[] {
  const displays = new Map<string, string>();
  for (const concept of asArray(asRecord(row.resource).specialty)) {
    for (const coding of asArray(asRecord(concept).coding)) {
      const code = asString(asRecord(coding).code);
      const display = asString(asRecord(coding).display) ?? asString(asRecord(concept).text);
      if (code && display && !displays.has(code)) displays.set(code, display);
    }
  }
  return row.specialtyCodes.map((code) => ({ code, display: displays.get(code) ?? null }));
}

function hoursOf(value: Prisma.JsonValue | null): OpeningHours[] {
  return asArray(value).map((entry) => {
    const record = asRecord(entry);
    return {
      days: asArray(record.daysOfWeek).filter((day): day is string => typeof day === 'string'),
      opens: asString(record.openingTime) ?? asString(record.availableStartTime),
      closes: asString(record.closingTime) ?? asString(record.availableEndTime),
      allDay: record.allDay === true,
    };
  });
}

const noteTopics = new Set(['transit', 'hours', 'accessibility']);

/** Location.notes as the importer stored them (import/notes.ts); anything malformed is left out. */
function notesOf(value: Prisma.JsonValue | null): DirectoryNote[] {
  return asArray(value).flatMap((entry) => {
    const record = asRecord(entry);
    const text = Object.fromEntries(
      Object.entries(asRecord(record.text)).flatMap(([language, content]) => (asString(content) ? [[language, asString(content) ?? '']] : [])),
    );
    const topic = record.topic;
    return typeof topic === 'string' && noteTopics.has(topic) && Object.keys(text).length > 0 ? [{ topic: topic as DirectoryNote['topic'], text }] : [];
  });
}

export function reshapeOffice(location: LocationRow): Office {
  return {
    id: location.id,
    name: location.name,
    addressLines: location.addressLines,
    city: location.city,
    state: location.state,
    postalCode: location.postalCode,
    latitude: location.latitude,
    longitude: location.longitude,
    phone: location.phone,
    hours: hoursOf(location.hours),
    accessibility: location.accessibilityCodes,
    publicTransit: location.publicTransit,
    interpreterLanguages: location.interpreterLanguages,
    notes: notesOf(location.notes),
  };
}

export function isStale(verifiedAt: Date, now: Date): boolean {
  return now.getTime() - verifiedAt.getTime() > STALE_AFTER_DAYS * DAY_MS;
}

export type SummaryOptions = { officeId?: string | null; meters?: number | null; access?: readonly string[]; now: Date; ages?: PatientAges };

export const milesOf = (meters: number | null | undefined): number | null => (meters === null || meters === undefined ? null : meters / 1609.344);

export function reshapeSummary(row: SummaryRow, options: SummaryOptions): ListingSummary {
  const offices = row.locations.map((link) => link.location).filter((location) => location.active);
  // The office the search matched: the nearest one, else the first with every feature asked for.
  const access = options.access ?? [];
  const office =
    offices.find((location) => location.id === options.officeId) ??
    (access.length > 0 ? offices.find((location) => access.every((code) => location.accessibilityCodes.includes(code))) : undefined) ??
    offices[0] ??
    null;
  const practitioner = row.practitioner;
  return {
    id: row.id,
    kind: 'practitioner',
    placeCategories: [],
    inNetwork: null,
    ages: options.ages ?? 'both',
    name: practitioner?.name ?? asString(asRecord(asRecord(row.resource).practitioner).display) ?? row.id,
    credentials: practitioner?.credentials ?? null,
    specialties: specialtiesOf(row),
    isPrimaryCare: row.isPrimaryCare,
    organizationName: row.organization?.name ?? null,
    office: office ? reshapeOffice(office) : null,
    otherOfficeCount: Math.max(0, offices.length - 1),
    distanceMiles: milesOf(options.meters),
    newPatients: row.newPatients,
    languages: practitioner?.languages ?? [],
    interpreterLanguages: row.interpreterLanguages,
    telehealth: row.telehealth,
    inPerson: row.inPerson,
    phone: row.phone ?? office?.phone ?? null,
    verifiedOn: row.verifiedAt.toISOString().slice(0, 10),
    stale: isStale(row.verifiedAt, options.now),
  };
}

export function reshapeDetail(row: ListingRow, now: Date, ages?: PatientAges): ListingDetail {
  return {
    ...reshapeSummary(row, { now, ...(ages ? { ages } : {}) }),
    offices: row.locations
      .map((link) => link.location)
      .filter((location) => location.active)
      .map(reshapeOffice),
    npi: row.practitioner?.npi ?? null,
    gender: row.practitioner?.gender ?? null,
  };
}
