/**
 * The sample drug list: the drugs of sample-drugs.ts as US Drug Formulary resources (one Formulary,
 * a FormularyDrug and a FormularyItem per drug), deterministic, each tagged as sample data like the
 * sample provider directory. `npm start` loads it through the importer when the list is empty.
 */
import { SAMPLE_DATA_TAG_CODE, SAMPLE_DATA_TAG_SYSTEM } from '@/lib/directory/sample-data';
import { DRUG_TIER_SYSTEM, extensionUrls, profiles, RXNORM } from './fhir-shapes';
import { sampleDrugLines } from './sample-drugs';

const LAST_UPDATED = '2026-11-01T00:00:00Z';
export const SAMPLE_FORMULARY_ID = 'sample-formulary';
const tag = [{ system: SAMPLE_DATA_TAG_SYSTEM, code: SAMPLE_DATA_TAG_CODE, display: 'Sample data' }];
const meta = (profile: string) => ({ lastUpdated: LAST_UPDATED, profile: [profile], tag });

export type SampleFormulary = { MedicationKnowledge: object[]; Basic: object[]; InsurancePlan: object[] };

export function generateSampleFormulary(): SampleFormulary {
  const drugs: object[] = [];
  const items: object[] = [];
  for (const line of sampleDrugLines.split('\n').filter((text) => text.trim() !== '')) {
    const [generic = '', code = '', strength = '', doseForm = '', brands = '', others = '', rules = ''] = line.split('|');
    const rule = new Set(rules.split(';').filter(Boolean));
    const quantity = [...rule].find((item) => item.startsWith('ql='))?.slice(3) ?? null;
    const drugId = `sample-drug-${code}`;
    drugs.push({
      resourceType: 'MedicationKnowledge',
      id: drugId,
      meta: meta(profiles.drug),
      extension: brands
        .split(';')
        .filter(Boolean)
        .map((brand) => ({ url: extensionUrls.brandName, valueString: brand })),
      code: { coding: [{ system: RXNORM, code, display: generic }], text: `${generic} ${strength} ${doseForm}` },
      status: 'active',
      doseForm: { text: doseForm },
      synonym: others.split(';').filter(Boolean),
    });
    const tier = rule.has('sp') ? 'specialty' : rule.has('brand') ? 'brand' : 'generic';
    items.push({
      resourceType: 'Basic',
      id: `sample-item-${code}`,
      meta: meta(profiles.item),
      extension: [
        { url: extensionUrls.formularyReference, valueReference: { reference: `InsurancePlan/${SAMPLE_FORMULARY_ID}` } },
        { url: extensionUrls.availabilityStatus, valueCode: rule.has('no') ? 'inactive' : 'active' },
        { url: extensionUrls.availabilityPeriod, valuePeriod: { start: '2026-01-01' } },
        { url: extensionUrls.drugTier, valueCodeableConcept: { coding: [{ system: DRUG_TIER_SYSTEM, code: tier }] } },
        { url: extensionUrls.priorAuthorization, valueBoolean: rule.has('pa') },
        { url: extensionUrls.stepTherapy, valueBoolean: rule.has('st') },
        { url: extensionUrls.quantityLimit, valueBoolean: quantity !== null },
        ...(quantity ? [{ url: extensionUrls.quantityLimitDetail, valueString: quantity }] : []),
        { url: extensionUrls.payer, valueCode: rule.has('state') ? 'state' : 'plan' },
      ],
      code: { coding: [{ system: 'http://hl7.org/fhir/us/davinci-drug-formulary/CodeSystem/usdf-InsuranceItemTypeCS', code: 'formulary-item' }] },
      subject: { reference: `MedicationKnowledge/${drugId}` },
    });
  }
  const formulary = {
    resourceType: 'InsurancePlan',
    id: SAMPLE_FORMULARY_ID,
    meta: meta(profiles.formulary),
    status: 'active',
    type: [{ coding: [{ system: 'http://hl7.org/fhir/us/davinci-drug-formulary/CodeSystem/usdf-InsuranceProductTypeCS', code: 'formulary' }] }],
    name: 'Sample drug list (invented for the demo, not the plan’s list)',
    period: { start: '2026-01-01' },
  };
  return { MedicationKnowledge: drugs, Basic: items, InsurancePlan: [formulary] };
}
