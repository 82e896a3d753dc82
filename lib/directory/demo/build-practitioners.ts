/** Practitioner resources: name with credential suffix, NPI, gender, Oregon license, languages. */
import type { Practitioner } from './fhir-types';
import { concept, EXTENSION, meta, SYSTEM } from './fhir';
import { LANGUAGES, PROFICIENCY } from './languages';
import type { Person } from './people';
import type { Specialty } from './taxonomy';

export const fullName = (person: Person): string => `${person.given.join(' ')} ${person.family}`;

export function buildPractitioner(id: string, person: Person, specialty: Specialty, lastUpdated: string): Practitioner {
  return {
    resourceType: 'Practitioner',
    id,
    meta: meta('plannet-Practitioner', lastUpdated),
    identifier: [
      {
        use: 'official',
        type: { coding: [{ system: SYSTEM.v2IdentifierType, code: 'PRN', display: 'Provider number' }], text: 'NPI' },
        system: SYSTEM.npi,
        value: person.npi,
        assigner: { display: 'Centers for Medicare and Medicaid Services' },
      },
    ],
    active: true,
    name: [
      {
        use: 'official',
        text: `${fullName(person)}, ${person.credential}`,
        family: person.family,
        given: person.given,
        suffix: [person.credential],
      },
    ],
    gender: person.gender,
    qualification: [
      {
        extension: [
          {
            url: EXTENSION.qualification,
            extension: [
              { url: 'status', valueCode: 'active' },
              { url: 'whereValid', valueCodeableConcept: concept(SYSTEM.usps, 'OR', 'Oregon', 'Oregon') },
            ],
          },
        ],
        identifier: [
          {
            use: 'official',
            type: { text: 'License number' },
            system: person.license.system,
            value: person.license.value,
            assigner: { display: person.license.issuer },
          },
        ],
        code: concept(SYSTEM.nucc, specialty.code, specialty.display, specialty.display),
        period: { start: person.license.start, end: person.license.end },
        issuer: { display: person.license.issuer },
      },
    ],
    communication: person.languages.map(({ code, proficiency }) => ({
      extension: [
        {
          url: EXTENSION.communicationProficiency,
          valueCodeableConcept: concept(SYSTEM.proficiency, proficiency, PROFICIENCY[proficiency], PROFICIENCY[proficiency]),
        },
      ],
      coding: [{ system: SYSTEM.bcp47, code, display: LANGUAGES[code] }],
      text: LANGUAGES[code],
    })),
  };
}
