/**
 * Who a HealthcareService is for, from its `eligibility` (Plan-Net leaves the codes open): our own
 * codes `adults` / `children` (https://directory.cco.example/fhir/CodeSystem/patient-ages) first,
 * else the words of the code's text or the comment. Null when it says nothing we can read.
 */
import type { HealthcareServiceResource } from './fhir/resources';

export type PatientAges = 'adults' | 'children';

export const PATIENT_AGES_SYSTEM = 'https://directory.cco.example/fhir/CodeSystem/patient-ages';

const CHILDREN_WORDS = /\b(child|children|pediatric|paediatric|kids?|youth|teens?|adolescents?|infants?|under (age )?(18|19|21))\b/i;
const ADULT_WORDS = /\b(adults?|18 and older|18 and over|seniors?|geriatric)\b/i;

function fromWords(text: string): PatientAges | null {
  const children = CHILDREN_WORDS.test(text);
  const adults = ADULT_WORDS.test(text);
  if (children === adults) return null;
  return children ? 'children' : 'adults';
}

export function patientAgesOf(resource: HealthcareServiceResource): PatientAges | null {
  const found = new Set<PatientAges>();
  for (const entry of resource.eligibility ?? []) {
    const coded = (entry.code?.coding ?? []).find(
      (coding) => coding.system === PATIENT_AGES_SYSTEM && (coding.code === 'adults' || coding.code === 'children'),
    );
    const ages = (coded?.code as PatientAges | undefined) ?? fromWords(`${entry.code?.text ?? ''} ${entry.comment ?? ''}`);
    if (ages) found.add(ages);
  }
  // A service for both adults and children is for everyone: nothing to filter on.
  return found.size === 1 ? ([...found][0] ?? null) : null;
}
