/** Organization resources for the clinics and groups (Plan-Net Organization, provider group). */
import { daysBefore, instantOn } from './dates';
import type { Organization } from './fhir-types';
import { concept, meta, SYSTEM } from './fhir';
import { addressText, type Clinic } from './offices';
import { Random } from './random';

export function buildClinicOrganization(seed: number, today: string, clinic: Clinic, npi: string): Organization {
  const random = Random.stream(seed, 'organization-meta', clinic.id);
  const main = clinic.offices[0];
  if (!main) throw new Error(`${clinic.plan.name} has no office`);
  return {
    resourceType: 'Organization',
    id: clinic.id,
    meta: meta('plannet-Organization', instantOn(daysBefore(today, random.int(15, 300)), random.int(0, 479))),
    identifier: [{ use: 'official', system: SYSTEM.npi, value: npi, assigner: { display: 'Centers for Medicare and Medicaid Services' } }],
    active: true,
    type: [concept(SYSTEM.orgType, 'prvgrp', 'Provider Group', 'A group of providers')],
    name: clinic.plan.name,
    telecom: [
      { system: 'phone', value: main.phone, use: 'work' },
      { system: 'fax', value: main.fax, use: 'work' },
    ],
    address: [
      {
        use: 'work',
        type: 'both',
        text: addressText(main),
        line: main.line,
        city: main.town.name,
        state: 'OR',
        postalCode: main.zip,
        country: 'USA',
      },
    ],
  };
}
