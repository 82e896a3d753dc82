/**
 * Plan-Net URLs and the extension shapes the importer reads (docs/decisions/0002-directory-data.md),
 * written the way the Plan-Net fixture writes them.
 */
import { SAMPLE_DATA_TAG } from '../sample-data';
import type { CodeableConcept, Coding, Extension, Meta, PrimitiveExtras, Reference } from './fhir-types';

export const PLAN_NET = 'http://hl7.org/fhir/us/davinci-pdex-plan-net';
export const OUR_BASE = 'https://directory.cco.example/fhir';

export const EXTENSION = {
  newPatients: `${PLAN_NET}/StructureDefinition/newpatients`,
  deliveryMethod: `${PLAN_NET}/StructureDefinition/delivery-method`,
  accessibility: `${PLAN_NET}/StructureDefinition/accessibility`,
  networkReference: `${PLAN_NET}/StructureDefinition/network-reference`,
  communicationProficiency: `${PLAN_NET}/StructureDefinition/communication-proficiency`,
  qualification: `${PLAN_NET}/StructureDefinition/practitioner-qualification`,
  listingVerified: `${OUR_BASE}/StructureDefinition/listing-verified`,
  interpreterServices: `${OUR_BASE}/StructureDefinition/interpreter-services`,
  translation: 'http://hl7.org/fhir/StructureDefinition/translation',
} as const;

export const SYSTEM = {
  npi: 'http://hl7.org/fhir/sid/us-npi',
  nucc: 'http://nucc.org/provider-taxonomy',
  bcp47: 'urn:ietf:bcp:47',
  v2IdentifierType: 'http://terminology.hl7.org/CodeSystem/v2-0203',
  acceptingPatients: `${PLAN_NET}/CodeSystem/AcceptingPatientsCS`,
  deliveryMethod: `${PLAN_NET}/CodeSystem/DeliveryMethodCS`,
  accessibility: `${PLAN_NET}/CodeSystem/AccessibilityCS`,
  accessibilityDetail: `${OUR_BASE}/CodeSystem/accessibility-detail`,
  orgType: `${PLAN_NET}/CodeSystem/OrgTypeCS`,
  providerRole: `${PLAN_NET}/CodeSystem/ProviderRoleCS`,
  serviceCategory: `${PLAN_NET}/CodeSystem/HealthcareServiceCategoryCS`,
  productType: `${PLAN_NET}/CodeSystem/InsuranceProductTypeCS`,
  proficiency: `${PLAN_NET}/CodeSystem/LanguageProficiencyCS`,
  usps: 'https://www.usps.com/',
  roleCode: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode',
  patientAges: `${OUR_BASE}/CodeSystem/patient-ages`,
} as const;

/** Every demo resource is tagged as sample data, so the site can say so (lib/directory/sample-data.ts). */
export function meta(profile: string, lastUpdated: string): Meta {
  return { lastUpdated, profile: [`${PLAN_NET}/StructureDefinition/${profile}`], tag: [{ ...SAMPLE_DATA_TAG }] };
}

export function reference(type: string, id: string, display?: string): Reference {
  return display === undefined ? { reference: `${type}/${id}` } : { reference: `${type}/${id}`, display };
}

export function concept(system: string, code: string, display?: string, text?: string): CodeableConcept {
  const coding: Coding = display === undefined ? { system, code } : { system, code, display };
  return text === undefined ? { coding: [coding] } : { coding: [coding], text };
}

/** The four Plan-Net AcceptingPatientsCS codes. */
export const NEW_PATIENT_CODES = ['newpt', 'nopt', 'existptonly', 'existptfam'] as const;
export type NewPatientCode = (typeof NEW_PATIENT_CODES)[number];

export function newPatientsExtension(code: NewPatientCode): Extension {
  return {
    url: EXTENSION.newPatients,
    extension: [{ url: 'acceptingPatients', valueCodeableConcept: concept(SYSTEM.acceptingPatients, code) }],
  };
}

export type DeliveryMethod = 'physical' | 'virtual';

export function deliveryMethodExtension(method: DeliveryMethod): Extension {
  const display = method === 'physical' ? 'Physical' : 'Virtual';
  return {
    url: EXTENSION.deliveryMethod,
    extension: [{ url: 'type', valueCodeableConcept: concept(SYSTEM.deliveryMethod, method, display) }],
  };
}

export function networkReferenceExtension(network: Reference): Extension {
  return { url: EXTENSION.networkReference, valueReference: network };
}

export function listingVerifiedExtension(date: string): Extension {
  return { url: EXTENSION.listingVerified, valueDate: date };
}

/** Languages an office can interpret, as BCP 47 codings (`ase` is American Sign Language). */
export function interpreterExtension(languages: readonly { code: string; display: string }[]): Extension {
  return {
    url: EXTENSION.interpreterServices,
    valueCodeableConcept: {
      coding: languages.map(({ code, display }) => ({ system: SYSTEM.bcp47, code, display })),
      text: `Interpreters: ${languages.map(({ display }) => display).join(', ')}`,
    },
  };
}

export function accessibilityExtension(codings: Coding[], text: string): Extension {
  return { url: EXTENSION.accessibility, valueCodeableConcept: { coding: codings, text } };
}

/** A Spanish translation of a string element, written on its `_element` sibling (FHIR translation extension). */
export function spanishTranslation(spanish: string): PrimitiveExtras {
  return {
    extension: [
      {
        url: EXTENSION.translation,
        extension: [
          { url: 'lang', valueCode: 'es' },
          { url: 'content', valueString: spanish },
        ],
      },
    ],
  };
}

/** A transit or accessibility note as Plan-Net writes it, with its Spanish translation. */
export function translatedAccessibilityExtension(codings: Coding[], text: { en: string; es: string }): Extension {
  return { url: EXTENSION.accessibility, valueCodeableConcept: { coding: codings, text: text.en, _text: spanishTranslation(text.es) } };
}
