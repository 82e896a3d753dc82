import type { DrugEntry } from '@/lib/formulary/types';

/** A step the member or prescriber must take for a covered product; each has a sentence under DrugList.rules. */
export type ProductRule = 'priorAuthorization' | 'quantityLimit' | 'stepTherapy' | 'specialtyPharmacy';

/**
 * What must happen before the pharmacy can fill a covered product, most blocking first: an approval
 * stops a fill outright, a step or a limit shapes it, a specialty pharmacy only changes where.
 * A product that is not covered has no rules to follow: the page explains exceptions instead.
 */
export function productRules(entry: DrugEntry): ProductRule[] {
  if (!entry.covered) return [];
  const rules: ProductRule[] = [];
  if (entry.priorAuthorization) rules.push('priorAuthorization');
  if (entry.stepTherapy) rules.push('stepTherapy');
  // '' is a limit the data does not spell out (the IG has only a yes/no): still a limit.
  if (entry.quantityLimit !== null) rules.push('quantityLimit');
  if (entry.specialtyPharmacy) rules.push('specialtyPharmacy');
  return rules;
}

/** Whether any product of a drug is covered: the result's headline. */
export const anyCovered = (products: readonly DrugEntry[]) => products.some((product) => product.covered);
