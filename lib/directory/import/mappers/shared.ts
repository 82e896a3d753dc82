/**
 * Pieces every mapper uses. Mappers are pure: resource in, row out, no database, no clock, so the
 * unit tests can pin every column down.
 */
import type { Prisma } from '@/lib/generated/prisma/client';
import type { CodeableConcept, ContactPoint, Reference } from '../fhir/common';
import { referencedId } from '../fhir/common';

/** A validated resource with what the row keeps of it: the JSON exactly as imported, and its hash. */
export type Imported<T> = {
  readonly resource: T;
  /** The line's JSON as read, stored whole in `resource` (the parsed copy may have trimmed text). */
  readonly json: Prisma.InputJsonObject;
  readonly hash: string;
};

export type BaseColumns = { id: string; lastUpdated: Date; contentHash: string; resource: Prisma.InputJsonObject };

export function baseColumns(imported: Imported<{ id: string; meta: { lastUpdated: string } }>): BaseColumns {
  return {
    id: imported.resource.id,
    lastUpdated: new Date(imported.resource.meta.lastUpdated),
    contentHash: imported.hash,
    resource: imported.json,
  };
}

export const NUCC_TAXONOMY_SYSTEM = 'http://nucc.org/provider-taxonomy';
export const NPI_SYSTEM = 'http://hl7.org/fhir/sid/us-npi';

/** Codes of all codings (of one system when given; a coding without a system counts as that system). */
export function codesOf(concepts: CodeableConcept[] | undefined, system?: string): string[] {
  const codes = (concepts ?? []).flatMap((concept) =>
    (concept.coding ?? []).flatMap((coding) => (coding.code && (!system || !coding.system || coding.system === system) ? [coding.code] : [])),
  );
  return [...new Set(codes)];
}

/** Separates system and code in a token (FHIR text may not hold it in practice; lib/fhir checks). */
export const TOKEN_SEPARATOR = '\u001f';

/**
 * Every coding of the concepts as search tokens, so one GIN lookup answers each FHIR token form
 * exactly: `code` (any system), `system|code` as "system␟code", and `|code` (no system) as "␟code".
 */
export function tokensOf(concepts: CodeableConcept[] | undefined): string[] {
  const tokens = (concepts ?? []).flatMap((concept) =>
    (concept.coding ?? []).flatMap((coding) => {
      if (!coding.code) return [];
      // An empty system is not "no system": FHIR's `|code` only matches codings without one.
      const qualified =
        coding.system === undefined ? [`${TOKEN_SEPARATOR}${coding.code}`] : coding.system ? [`${coding.system}${TOKEN_SEPARATOR}${coding.code}`] : [];
      return [coding.code, ...qualified];
    }),
  );
  return [...new Set(tokens)];
}

/** The number to call: a work phone first, then any phone. */
export function phoneOf(telecom: ContactPoint[] | undefined): string | null {
  const phones = (telecom ?? []).filter((contact) => contact.system === 'phone' && contact.value?.trim());
  const phone = phones.find((contact) => contact.use === 'work') ?? phones[0];
  return phone?.value?.trim() ?? null;
}

export function npiOf(identifiers: { system?: string | undefined; value?: string | number | undefined }[] | undefined): string | null {
  const value = identifiers?.find((identifier) => identifier.system === NPI_SYSTEM && identifier.value !== undefined)?.value;
  return value === undefined ? null : String(value).trim() || null;
}

export function idsOf(references: Reference[] | undefined): string[] {
  return [...new Set((references ?? []).flatMap((reference) => referencedId(reference) ?? []))];
}

/** The calendar day of a FHIR instant or date, as written (its own time zone), at UTC midnight for a DATE column. */
export function dayOf(instantOrDate: string): Date {
  return new Date(`${instantOrDate.slice(0, 10)}T00:00:00Z`);
}
