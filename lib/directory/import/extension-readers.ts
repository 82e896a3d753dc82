/**
 * Reading the facts our columns hold out of a resource's extensions. The schemas have already checked
 * the known extensions, so these only pick values out (the first valid one wins; repeats are ignored).
 */
import type { CodeableConcept } from './fhir/common';
import { acceptingPatientsCodes, BCP47_SYSTEM, extensionUrls, type AcceptingPatientsCode, type Extension } from './fhir/extensions';

type WithExtensions = { extension?: Extension[] | undefined };

function extensionsWithUrl(resource: WithExtensions, url: string): Extension[] {
  return (resource.extension ?? []).filter((extension) => extension.url === url);
}

function codesOf(concept: CodeableConcept | undefined): string[] {
  return (concept?.coding ?? []).flatMap((coding) => (coding.code ? [coding.code] : []));
}

function isAcceptingPatientsCode(code: string): code is AcceptingPatientsCode {
  return (acceptingPatientsCodes as readonly string[]).includes(code);
}

/** Plan-Net `newpatients` → its `acceptingPatients` code, or null when the resource says nothing. */
export function acceptingPatientsOf(resource: WithExtensions): AcceptingPatientsCode | null {
  for (const extension of extensionsWithUrl(resource, extensionUrls.newPatients)) {
    for (const part of extension.extension ?? []) {
      if (part.url !== 'acceptingPatients') continue;
      const code = codesOf(part.valueCodeableConcept).find(isAcceptingPatientsCode);
      if (code) return code;
    }
  }
  return null;
}

/** Plan-Net `delivery-method` types: `virtual` (telehealth) and/or `physical` (in person). */
export function deliveryMethodsOf(resource: WithExtensions): Set<'virtual' | 'physical'> {
  const methods = new Set<'virtual' | 'physical'>();
  for (const extension of extensionsWithUrl(resource, extensionUrls.deliveryMethod)) {
    for (const part of extension.extension ?? []) {
      if (part.url !== 'type') continue;
      for (const code of codesOf(part.valueCodeableConcept)) {
        if (code === 'virtual' || code === 'physical') methods.add(code);
      }
    }
  }
  return methods;
}

/**
 * Plan-Net `accessibility` codes (handiaccess, pubtrans ...) and our itemized OAR codes, in one list;
 * the text of the extension that carries `pubtrans` describes the transit ("Bus 10 stops at the door").
 */
export function accessibilityOf(resource: WithExtensions): { codes: string[]; publicTransit: string | null } {
  const codes = new Set<string>();
  let publicTransit: string | null = null;
  for (const extension of extensionsWithUrl(resource, extensionUrls.accessibility)) {
    const extensionCodes = codesOf(extension.valueCodeableConcept);
    extensionCodes.forEach((code) => codes.add(code));
    const text = extension.valueCodeableConcept?.text?.trim();
    if (publicTransit === null && text && extensionCodes.includes('pubtrans')) publicTransit = text;
  }
  return { codes: [...codes], publicTransit };
}

/** Our `interpreter-services`: BCP 47 codes of the languages the office can interpret (`ase` is ASL). */
export function interpreterLanguagesOf(resource: WithExtensions): string[] {
  const languages = new Set<string>();
  for (const extension of extensionsWithUrl(resource, extensionUrls.interpreterServices)) {
    for (const coding of extension.valueCodeableConcept?.coding ?? []) {
      if (coding.system === BCP47_SYSTEM && coding.code) languages.add(coding.code);
    }
  }
  return [...languages];
}

/** Our `listing-verified` date (YYYY-MM-DD), or null. */
export function listingVerifiedOf(resource: WithExtensions): string | null {
  return extensionsWithUrl(resource, extensionUrls.listingVerified).find((extension) => extension.valueDate)?.valueDate ?? null;
}

/** Plan-Net `network-reference`: the ids of the network Organizations, in order, without repeats. */
export function networkIdsOf(resource: WithExtensions): string[] {
  const ids = extensionsWithUrl(resource, extensionUrls.networkReference).flatMap((extension) => {
    const reference = extension.valueReference?.reference ?? '';
    return reference.startsWith('Organization/') ? [reference.slice('Organization/'.length)] : [];
  });
  return [...new Set(ids)];
}
