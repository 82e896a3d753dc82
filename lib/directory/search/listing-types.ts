/** What the search and detail pages show about a listing, shaped from database rows by reshape.ts. */
import type { AcceptingPatients } from '@/lib/generated/prisma/client';
import type { PlaceCareKind } from './options';

/** A practitioner's listing, or a place's (urgent care, emergency room, hospital, pharmacy, lab). */
export type ListingKind = 'practitioner' | 'place';

/** Who a listing sees, from its specialties and its services' eligibility (search-rows.ts). */
export type PatientAges = 'adults' | 'children' | 'both';

/**
 * A note from the directory for members, in every language the data gives it (language → text,
 * always at least one). Pick the member's with `noteInLanguage` (notes.ts), which says which
 * language it found, so the page can mark English text with lang="en" on a Spanish page.
 */
export type DirectoryNote = { topic: 'transit' | 'hours' | 'accessibility'; text: Readonly<Record<string, string>> };

export type Specialty = { code: string; /** The display the data gave, for codes we have no translation for. */ display: string | null };

export type OpeningHours = { days: string[]; opens: string | null; closes: string | null; allDay: boolean };

export type Office = {
  id: string;
  name: string | null;
  addressLines: string[];
  city: string | null;
  state: string | null;
  postalCode: string | null;
  latitude: number | null;
  longitude: number | null;
  phone: string | null;
  hours: OpeningHours[];
  accessibility: string[];
  publicTransit: string | null;
  interpreterLanguages: string[];
  /** Transit, hours and accessibility notes in the languages the data has. */
  notes: DirectoryNote[];
};

export type ListingSummary = {
  /** A PractitionerRole id, or `place_` + a HealthcareService id (listing-ids.ts). */
  id: string;
  kind: ListingKind;
  /** A place's kinds of care (`pharmacy` ...); empty for a practitioner. */
  placeCategories: PlaceCareKind[];
  /** A place: whether it is in the plan's network (Plan-Net OrganizationAffiliation). Null for a practitioner (the directory lists only network providers). */
  inNetwork: boolean | null;
  ages: PatientAges;
  name: string;
  credentials: string | null;
  specialties: Specialty[];
  isPrimaryCare: boolean;
  organizationName: string | null;
  /** The office nearest the member's place (or the first one listed). */
  office: Office | null;
  otherOfficeCount: number;
  distanceMiles: number | null;
  newPatients: AcceptingPatients | null;
  languages: string[];
  interpreterLanguages: string[];
  telehealth: boolean;
  inPerson: boolean;
  phone: string | null;
  /** YYYY-MM-DD */
  verifiedOn: string;
  stale: boolean;
};

export type ListingDetail = ListingSummary & {
  offices: Office[];
  npi: string | null;
  gender: string | null;
};
