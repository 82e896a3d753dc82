/** What the search and detail pages show about a listing, shaped from database rows by reshape.ts. */
import type { AcceptingPatients } from '@/lib/generated/prisma/client';

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
};

export type ListingSummary = {
  id: string;
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
