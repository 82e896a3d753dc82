/**
 * From US Drug Formulary resources to drug-list entries: zod reads the elements the drug list needs
 * (and names what is missing or malformed), then each FormularyItem and its FormularyDrug become one
 * entry with the plain facts the member page shows.
 */
import { z } from 'zod';
import { DRUG_TIER_SYSTEM, extensionUrls, RXNORM } from './fhir-shapes';
import type { DrugEntry, DrugPayer } from './types';

const extension = z.object({ url: z.string() }).loose();
const coding = z.object({ system: z.string().optional(), code: z.string().optional(), display: z.string().optional() }).loose();

export const drugSchema = z
  .object({
    resourceType: z.literal('MedicationKnowledge'),
    id: z.string().regex(/^[A-Za-z0-9.-]{1,64}$/, { error: 'an id of letters, digits, - and . (at most 64)' }),
    extension: z.array(extension).optional(),
    code: z.object({ coding: z.array(coding).optional(), text: z.string().optional() }).loose(),
    doseForm: z
      .object({ text: z.string().optional(), coding: z.array(coding).optional() })
      .loose()
      .optional(),
    synonym: z.array(z.string()).optional(),
  })
  .loose();

export const itemSchema = z
  .object({
    resourceType: z.literal('Basic'),
    id: z.string().regex(/^[A-Za-z0-9.-]{1,64}$/, { error: 'an id of letters, digits, - and . (at most 64)' }),
    extension: z.array(extension),
    subject: z
      .object({ reference: z.string().regex(/^MedicationKnowledge\/[A-Za-z0-9.-]{1,64}$/, { error: 'a reference like MedicationKnowledge/<id>' }) })
      .loose(),
  })
  .loose();

export type DrugResource = z.infer<typeof drugSchema>;
export type ItemResource = z.infer<typeof itemSchema>;

/** Lower case without accents: "Acetaminofén" and "acetaminofen" are the same word to a member. */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

const valueOf = (resource: { extension?: { url: string; [key: string]: unknown }[] }, url: string) => resource.extension?.find((item) => item.url === url);

export type EntryRow = DrugEntry & { id: string; drugId: string; searchNames: string };

/** The entry of one FormularyItem and its drug. */
export function entryFrom(item: ItemResource, drug: DrugResource): EntryRow {
  const rxnorm = drug.code.coding?.find((entry) => entry.system === RXNORM && entry.code);
  const productName = drug.code.text ?? rxnorm?.display ?? drug.id;
  // The IG's examples name only the product ("doxepin hydrochloride 50 MG/ML Topical Cream"): the
  // generic is what comes before the strength.
  const generic = (rxnorm?.display && drug.code.text ? rxnorm.display : productName.split(/\s\d/)[0]) ?? productName;
  const brandNames = (drug.extension ?? []).filter((entry) => entry.url === extensionUrls.brandName).map((entry) => String(entry.valueString ?? ''));
  const otherNames = drug.synonym ?? [];
  const tier = (valueOf(item, extensionUrls.drugTier)?.valueCodeableConcept as { coding?: { system?: string; code?: string }[] } | undefined)?.coding?.find(
    (entry) => entry.system === DRUG_TIER_SYSTEM,
  )?.code;
  const flag = (url: string) => valueOf(item, url)?.valueBoolean === true;
  const detail = valueOf(item, extensionUrls.quantityLimitDetail)?.valueString;
  const payer: DrugPayer = valueOf(item, extensionUrls.payer)?.valueCode === 'state' ? 'state' : 'plan';
  const genericName = generic.toLowerCase();
  return {
    id: item.id,
    drugId: drug.id,
    rxnormCode: rxnorm?.code ?? '',
    genericName,
    brandNames,
    otherNames,
    productName,
    doseForm: drug.doseForm?.text ?? drug.doseForm?.coding?.[0]?.display ?? '',
    covered: valueOf(item, extensionUrls.availabilityStatus)?.valueCode === 'active',
    payer,
    genericAvailable: tier === undefined || tier.includes('generic'),
    priorAuthorization: flag(extensionUrls.priorAuthorization),
    stepTherapy: flag(extensionUrls.stepTherapy),
    quantityLimit: typeof detail === 'string' ? detail : flag(extensionUrls.quantityLimit) ? '' : null,
    specialtyPharmacy: tier === 'specialty',
    searchNames: [genericName, ...brandNames, ...otherNames].map(foldName).join(' | '),
  };
}
