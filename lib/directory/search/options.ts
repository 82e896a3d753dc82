/**
 * What a member can search the directory by: the choices the search form offers and the codes each
 * choice matches in the data. Labels live in messages/{en,es}.json (`ProviderSearch`, `Specialty`).
 */

/** Places a member goes without a provider of their own, and their Plan-Net HealthcareServiceCategoryCS code. */
export const placeCareCategories = {
  'urgent-care': 'urg',
  emergency: 'emerg',
  hospital: 'hosp',
  pharmacy: 'pharm',
  lab: 'lab',
} as const;
export type PlaceCareKind = keyof typeof placeCareCategories;
export const placeCareKinds = Object.keys(placeCareCategories) as PlaceCareKind[];
export const isPlaceCareKind = (care: string | null): care is PlaceCareKind => care !== null && care in placeCareCategories;

/** The kinds of care on the form, as they appear in the URL (`care=pregnancy`, `care=pharmacy`). */
export const careKinds = ['primary-care', 'pediatrics', 'pregnancy', 'behavioral-health', 'dental', 'specialist', ...placeCareKinds] as const;
export type CareKind = 'primary-care' | 'pediatrics' | 'pregnancy' | 'behavioral-health' | 'dental' | 'specialist' | PlaceCareKind;

/** Who a listing sees (`ages=adults`); a listing that sees both matches either. */
export const ageChoices = ['adults', 'children'] as const;
export type AgeChoice = (typeof ageChoices)[number];

/** Specialists a member can pick when they choose "a specialist" (NUCC taxonomy codes). */
export const specialistCodes = [
  '207K00000X', // allergy and immunology
  '207RC0000X', // cardiology
  '207N00000X', // dermatology
  '207Y00000X', // ear, nose and throat
  '207RE0101X', // endocrinology (diabetes)
  '207RG0100X', // gastroenterology
  '208600000X', // general surgery
  '207RH0003X', // hematology and oncology
  '207RN0300X', // nephrology (kidneys)
  '2084N0400X', // neurology
  '207W00000X', // ophthalmology
  '152W00000X', // optometry
  '207X00000X', // orthopedics
  '213E00000X', // podiatry (feet)
  '207RP1001X', // pulmonology (lungs)
  '207RR0500X', // rheumatology
  '208800000X', // urology
  '363A00000X', // physician assistant
  '363L00000X', // nurse practitioner
] as const;

/**
 * NUCC codes for each kind of care. Primary care is the role's `isPrimaryCare` flag (set by the
 * importer from the same list the decision record names), so it is not repeated here.
 */
export const careKindCodes: Readonly<Record<Exclude<CareKind, 'primary-care' | PlaceCareKind>, readonly string[]>> = {
  pediatrics: ['208000000X', '2080A0000X', '2080P0006X', '363LP0200X', '1223P0221X'],
  pregnancy: ['207V00000X', '207VG0400X', '207VM0101X', '207VX0000X', '367A00000X', '176B00000X', '363LW0102X', '363LX0001X'],
  'behavioral-health': [
    '2084P0800X',
    '2084P0804X',
    '2084P0805X',
    '363LP0808X',
    '103T00000X',
    '103TC0700X',
    '1041C0700X',
    '101YM0800X',
    '101YA0400X',
    '101Y00000X',
    '106H00000X',
    '261QM0801X',
    '324500000X',
  ],
  dental: ['122300000X', '1223G0001X', '1223P0221X', '1223X0400X', '1223S0112X', '124Q00000X', '125Q00000X', '125J00000X'],
  specialist: specialistCodes,
};

/**
 * Codes of care for adults only: internal medicine and its subspecialties (NUCC 207R…, matched by
 * prefix in search-rows.ts), and these geriatric and adult nurse practitioner codes.
 */
export const ADULT_CODE_PREFIX = '207R';
export const adultOnlyCodes = ['207QG0300X', '363LA2200X', '363LG0600X', '2084P0805X'] as const;

/** Every NUCC code the directory has a translated name for (messages `Specialty.<code>`). */
export const namedSpecialtyCodes = [
  '207Q00000X',
  '207R00000X',
  '208D00000X',
  '363LF0000X',
  '363LA2200X',
  '363AM0700X',
  '261QP2300X',
  ...new Set(Object.values(careKindCodes).flat()),
] as const;

export const distanceChoices = [5, 10, 25, 50] as const;
export type DistanceChoice = (typeof distanceChoices)[number];
export const defaultDistance: DistanceChoice = 10;

/** Languages offered in the filter: those most spoken by Oregon Health Plan members, then ASL. */
export const languageChoices = ['es', 'ru', 'vi', 'zh', 'ar', 'uk', 'so', 'ko', 'tl', 'pa', 'ase'] as const;

export const genderChoices = ['female', 'male'] as const;
export type GenderChoice = (typeof genderChoices)[number];

/** Itemized accessibility (OAR 410-141-3585) and public transit, as stored on Location. */
export const accessibilityChoices = ['entrance', 'exam-room', 'exam-table', 'restroom', 'parking', 'pubtrans'] as const;
export type AccessibilityChoice = (typeof accessibilityChoices)[number];

export const patientChoices = ['new', 'any'] as const;
export type PatientChoice = (typeof patientChoices)[number];

export const RESULTS_PER_PAGE = 20;
/** Past this page a search is too broad to be useful; the form asks for more filters instead. */
export const MAX_PAGE = 250;
export const MAX_NAME_LENGTH = 80;
export const MAX_PLACE_LENGTH = 60;
/** A listing not verified for this long is flagged to members (issue 3; OAR asks for regular checks). */
export const STALE_AFTER_DAYS = 180;
