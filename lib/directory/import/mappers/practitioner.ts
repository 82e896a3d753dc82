import type { Prisma } from '@/lib/generated/prisma/client';
import type { HumanName } from '../fhir/common';
import { BCP47_SYSTEM } from '../fhir/extensions';
import type { PractitionerResource } from '../fhir/resources';
import { normalizeForSearch } from '../normalize';
import { baseColumns, npiOf, type Imported } from './shared';

/** The name a directory shows: the official one, else the usual one, else the first. */
export function displayName(names: HumanName[]): HumanName | undefined {
  return names.find((name) => name.use === 'official') ?? names.find((name) => name.use === 'usual') ?? names[0];
}

export function mapPractitioner(imported: Imported<PractitionerResource>): Prisma.PractitionerCreateManyInput {
  const { resource } = imported;
  const chosen = displayName(resource.name);
  const givenNames = (chosen?.given ?? []).map((given) => given.trim()).filter(Boolean);
  const familyName = chosen?.family?.trim() || null;
  // Prefixes (Dr., Ms.) are left out: members search for "Ortega", not "Dr. Ortega".
  const name = chosen?.text?.trim() || [...givenNames, familyName].filter(Boolean).join(' ');
  const credentials =
    (chosen?.suffix ?? [])
      .map((suffix) => suffix.trim())
      .filter(Boolean)
      .join(', ') || null;
  const languages = (resource.communication ?? []).flatMap((concept) =>
    (concept.coding ?? []).flatMap((coding) => (coding.system === BCP47_SYSTEM && coding.code ? [coding.code.trim()] : [])),
  );
  return {
    ...baseColumns(imported),
    active: resource.active ?? true,
    name,
    familyName,
    givenNames,
    credentials,
    searchName: normalizeForSearch(name),
    npi: npiOf(resource.identifier),
    gender: resource.gender ?? null,
    languages: [...new Set(languages)],
  };
}
