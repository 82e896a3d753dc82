/**
 * GET /api/fhir/metadata: what this server implements, generated from the same parameter table the
 * searches run on, so it cannot claim a parameter the code does not handle.
 */
import { fhirResourceTypes, formularyResourceTypes, includesOf, revIncludesOf, searchParameters, type FhirResourceType } from './parameters';
import { DEFAULT_COUNT, MAX_COUNT } from './query';
import { profileOf, STRUCTURE_DEFINITION } from './rows';
import { MAX_REVINCLUDED } from './search';

export const PLAN_NET_CAPABILITY_STATEMENT = 'http://hl7.org/fhir/us/davinci-pdex-plan-net/CapabilityStatement/plan-net';
export const DRUG_FORMULARY_CAPABILITY_STATEMENT = 'http://hl7.org/fhir/us/davinci-drug-formulary/CapabilityStatement/usdf-server';
const USDF_FORMULARY = 'http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/usdf-Formulary';

const profilesOf = (type: FhirResourceType) =>
  type === 'Organization'
    ? [profileOf.Organization, `${STRUCTURE_DEFINITION}plannet-Network`]
    : type === 'InsurancePlan'
      ? [profileOf.InsurancePlan, USDF_FORMULARY]
      : [profileOf[type]];
const isFormularyType = (type: FhirResourceType) => (formularyResourceTypes as readonly string[]).includes(type);

const parameterNotes: Record<string, string> = {
  string: 'Starts with the value, ignoring case and accents; :exact and :contains are supported.',
  token: 'code, system|code, |code or system|; :text matches the text or display.',
  reference: 'id, Type/id or an absolute URL ending in Type/id; chains (for example location.address-city) are supported.',
  date: 'Prefixes eq, ne, gt, lt, ge, le, sa, eb, ap; dates without a time zone are read in UTC.',
  id: 'One or more ids, separated by commas.',
};

/** `Source:reference` pairs whose reference points at `type`: the reverse chains `_has` accepts on it. */
function reverseChainsTo(type: FhirResourceType): string[] {
  return fhirResourceTypes.flatMap((source) =>
    Object.entries(searchParameters[source]).flatMap(([name, parameter]) =>
      parameter.kind === 'reference' && parameter.target === type ? [`${source}:${name}`] : [],
    ),
  );
}

export function capabilityStatement(base: string, software: { name: string; date: string }) {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: software.date,
    publisher: software.name,
    kind: 'instance',
    instantiates: [PLAN_NET_CAPABILITY_STATEMENT, DRUG_FORMULARY_CAPABILITY_STATEMENT],
    software: { name: `${software.name} provider directory and drug list API` },
    implementation: {
      description: `${software.name} provider directory (Da Vinci PDex Plan-Net) and drug list (Da Vinci US Drug Formulary), public, no sign-in`,
      url: base,
    },
    fhirVersion: '4.0.1',
    format: ['json', 'application/fhir+json'],
    implementationGuide: [
      'http://hl7.org/fhir/us/davinci-pdex-plan-net/ImplementationGuide/hl7.fhir.us.davinci-pdex-plan-net',
      'http://hl7.org/fhir/us/davinci-drug-formulary/ImplementationGuide/hl7.fhir.us.davinci-drug-formulary',
    ],
    rest: [
      {
        mode: 'server',
        documentation:
          `Read and search only, open to everyone (no sign-in, CORS open to all origins). Results are in id order; follow the Bundle's next link to page. ` +
          `_count defaults to ${DEFAULT_COUNT}; values above ${MAX_COUNT} are reduced to ${MAX_COUNT} and the Bundle carries a warning OperationOutcome. ` +
          `_summary=count returns only the total. Unknown parameters are ignored, left out of the self link and named in an OperationOutcome entry, unless the request says Prefer: handling=strict (then 400). ` +
          `Each _revinclude adds at most ${MAX_REVINCLUDED} resources per page. ` +
          `The drug list: MedicationKnowledge (FormularyDrug) and Basic (FormularyItem) are searched and read like the directory; ` +
          `its formularies are InsurancePlans (usdf-Formulary), searched and read beside the directory's plans.`,
        security: { cors: true, description: 'No authentication: the directory is public.' },
        resource: fhirResourceTypes.map((type) => ({
          type,
          profile: profilesOf(type)[0],
          ...(isFormularyType(type) ? { documentation: 'From the drug list (Da Vinci US Drug Formulary).' } : {}),
          supportedProfile: profilesOf(type),
          interaction: [{ code: 'read' }, { code: 'search-type' }],
          versioning: 'no-version',
          readHistory: false,
          conditionalRead: 'not-match',
          referencePolicy: ['literal', 'local', 'resolves'],
          searchInclude: includesOf(type),
          searchRevInclude: revIncludesOf(type),
          searchParam: [
            ...Object.entries(searchParameters[type]).map(([name, parameter]) => ({
              name,
              definition: parameter.definition,
              type: parameter.kind === 'id' ? 'token' : parameter.kind,
              documentation: parameterNotes[parameter.kind],
            })),
            ...(reverseChainsTo(type).length > 0
              ? [
                  {
                    name: '_has',
                    type: 'special',
                    documentation: `Reverse chaining: _has:<Type>:<reference>:<parameter>=value, through ${reverseChainsTo(type).join(', ')}; combined, paged and counted like any parameter.`,
                  },
                ]
              : []),
          ],
        })),
        searchParam: [
          {
            name: '_count',
            type: 'number',
            documentation: `Resources per page: default ${DEFAULT_COUNT}, at most ${MAX_COUNT} (larger values are reduced, not refused).`,
          },
          { name: '_summary', type: 'token', documentation: 'Only count is supported: the Bundle then has the total and no entries.' },
          {
            name: '_total',
            type: 'token',
            documentation:
              'none leaves the total out (faster when walking pages); estimate and accurate both give the exact total, as a search does by default.',
          },
        ],
      },
    ],
  };
}
