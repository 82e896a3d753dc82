/**
 * The Da Vinci US Drug Formulary (STU 2.0.1) elements the drug list reads and writes: a FormularyItem
 * (Basic) says what the plan does about a FormularyDrug (MedicationKnowledge) on a Formulary
 * (InsurancePlan). Our own additions (who pays, the quantity limit in words, brand names) are
 * extensions in the project's namespace, beside the IG's.
 */
export const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm';
const USDF = 'http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/';
const OURS = 'https://directory.cco.example/fhir/StructureDefinition/';

export const extensionUrls = {
  formularyReference: `${USDF}usdf-FormularyReference-extension`,
  availabilityStatus: `${USDF}usdf-AvailabilityStatus-extension`,
  availabilityPeriod: `${USDF}usdf-AvailabilityPeriod-extension`,
  drugTier: `${USDF}usdf-DrugTierID-extension`,
  priorAuthorization: `${USDF}usdf-PriorAuthorization-extension`,
  stepTherapy: `${USDF}usdf-StepTherapyLimit-extension`,
  quantityLimit: `${USDF}usdf-QuantityLimit-extension`,
  quantityLimitDetail: `${OURS}drug-quantity-limit-detail`,
  payer: `${OURS}drug-payer`,
  brandName: `${OURS}drug-brand-name`,
} as const;

export const DRUG_TIER_SYSTEM = 'http://hl7.org/fhir/us/davinci-drug-formulary/CodeSystem/usdf-DrugTierCS-TEMPORARY-TRIAL-USE';
export const profiles = {
  drug: 'http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/usdf-FormularyDrug',
  item: 'http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/usdf-FormularyItem',
  formulary: 'http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/usdf-Formulary',
};

/** The NDJSON files of a drug list folder (the FHIR Bulk Data layout the IG's examples use). */
export const formularyFiles = { drugs: 'MedicationKnowledge.ndjson', items: 'Basic.ndjson', formularies: 'InsurancePlan.ndjson' } as const;
