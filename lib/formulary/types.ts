/**
 * The drug list's shapes, shared by the data side (import, generator, search in lib/formulary) and the
 * page (components/drug-list). One entry is one product as the Da Vinci US Drug Formulary IG shapes it:
 * a FormularyItem (the plan's rules) over a MedicationKnowledge (the drug, by RxNorm code).
 */

/** Who pays for a covered drug. In Oregon most mental-health drugs are paid by the state (OHA), not the plan. */
export type DrugPayer = 'plan' | 'state';

export type DrugEntry = {
  /** RxNorm concept id of the product (for example 861007 for metformin 500 mg oral tablet). */
  rxnormCode: string;
  /** The generic (ingredient) name, lower-case as RxNorm writes it: "metformin hydrochloride". */
  genericName: string;
  /** Brand names this product is sold under ("Glucophage"); empty for generic-only products. */
  brandNames: string[];
  /** Other names members type: Spanish spellings ("acetaminofén"), common short names ("Tylenol"). */
  otherNames: string[];
  /** RxNorm's full product name: "metformin hydrochloride 500 MG Oral Tablet". */
  productName: string;
  /** Dose form as RxNorm names it: "Oral Tablet". */
  doseForm: string;
  /** On the plan's list. An entry that is not covered is kept so a search can say so plainly. */
  covered: boolean;
  payer: DrugPayer;
  genericAvailable: boolean;
  priorAuthorization: boolean;
  stepTherapy: boolean;
  /** A quantity limit in the data's own words ("30 tablets per 30 days"), or null when there is none. */
  quantityLimit: string | null;
  specialtyPharmacy: boolean;
};

/** How a search matched an entry: its generic name, a brand or other name, or a forgiving (misspelled) match. */
export type DrugMatchKind = 'generic' | 'brand' | 'other-name' | 'forgiving';

/** One drug in the results: every product (strength and form) of one generic, with how the query found it. */
export type DrugResult = {
  genericName: string;
  /** The name the member's words matched, to say "Glucophage is sold as metformin". */
  matchedName: string;
  matchKind: DrugMatchKind;
  products: DrugEntry[];
};

export type DrugSearch = {
  /** The query as the member typed it (trimmed), for "Results for …". */
  query: string;
  results: DrugResult[];
  /** When the list was last imported; shown on the page. */
  listUpdatedAt: Date | null;
  /** True when the list is the generated sample, so every page says it is not the plan's real list. */
  isSample: boolean;
};
