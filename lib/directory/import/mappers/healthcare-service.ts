import type { Prisma } from '@/lib/generated/prisma/client';
import { acceptingPatientsOf, deliveryMethodsOf } from '../extension-readers';
import { referencedId } from '../fhir/common';
import type { HealthcareServiceResource } from '../fhir/resources';
import { normalizeForSearch } from '../normalize';
import { patientAgesOf } from '../patient-ages';
import { BCP47_SYSTEM } from '../fhir/extensions';
import { baseColumns, codesOf, idsOf, NUCC_TAXONOMY_SYSTEM, phoneOf, type Imported } from './shared';

export function mapHealthcareService(imported: Imported<HealthcareServiceResource>): Prisma.HealthcareServiceCreateManyInput {
  const { resource } = imported;
  const name = resource.name?.trim() || null;
  const methods = deliveryMethodsOf(resource);
  return {
    ...baseColumns(imported),
    active: resource.active ?? true,
    name,
    searchName: name ? normalizeForSearch(name) : '',
    providedById: referencedId(resource.providedBy),
    categoryCodes: codesOf(resource.category),
    specialtyCodes: codesOf(resource.specialty, NUCC_TAXONOMY_SYSTEM),
    locationIds: idsOf(resource.location),
    newPatients: acceptingPatientsOf(resource),
    telehealth: methods.has('virtual'),
    // Plan-Net: no delivery method means in person.
    inPerson: methods.has('physical') || methods.size === 0,
    phone: phoneOf(resource.telecom),
    languages: codesOf(resource.communication, BCP47_SYSTEM),
    ages: patientAgesOf(resource),
  };
}
