/**
 * What kinds of practitioners the demo network has: NUCC taxonomy code and display (as the
 * Plan-Net fixture writes them), Plan-Net provider role, credentials, and how common each is.
 */
import type { Weighted } from './random';

export type CareCategory = 'primary' | 'pediatrics' | 'obgyn' | 'behavioral' | 'dental' | 'specialist';

/** Share of practitioners by category, roughly as in a rural-plus-small-city Medicaid network. */
export const CATEGORY_SHARE: Readonly<Record<CareCategory, number>> = {
  primary: 0.35,
  pediatrics: 0.1,
  obgyn: 0.08,
  behavioral: 0.18,
  dental: 0.12,
  specialist: 0.17,
};

/** Which state board licenses the credential (used for Practitioner.qualification). */
export type Board = 'medical' | 'nursing' | 'dentistry' | 'psychology' | 'social-work' | 'counseling' | 'addiction' | 'optometry';

export interface Specialty {
  key: string;
  category: CareCategory;
  code: string;
  display: string;
  /** Plan-Net ProviderRoleCS code and display. */
  role: readonly [string, string];
  credentials: Weighted<string>;
  board: Board;
  /** Weight within its category. */
  weight: number;
  /** Share of women in this field (roughly, for a realistic mix). */
  female: number;
}

const MD_DO: Weighted<string> = [
  ['MD', 0.72],
  ['DO', 0.28],
];
const PHYSICIAN = ['ph', 'Physician'] as const;
const NURSE_PRACTITIONER = ['apn', 'Advanced Practice Nursing Providers'] as const;
const PHYSICIAN_ASSISTANT = ['pa', 'Physician Assistant'] as const;

const s = (
  key: string,
  category: CareCategory,
  code: string,
  display: string,
  role: readonly [string, string],
  credentials: Weighted<string>,
  board: Board,
  weight: number,
  female: number,
): Specialty => ({ key, category, code, display, role, credentials, board, weight, female });

export const SPECIALTIES: readonly Specialty[] = [
  s('family-medicine', 'primary', '207Q00000X', 'Family Medicine Physician', PHYSICIAN, MD_DO, 'medical', 34, 0.55),
  s('internal-medicine', 'primary', '207R00000X', 'Internal Medicine Physician', PHYSICIAN, MD_DO, 'medical', 14, 0.45),
  s('general-practice', 'primary', '208D00000X', 'General Practice Physician', PHYSICIAN, MD_DO, 'medical', 3, 0.4),
  s(
    'family-np',
    'primary',
    '363LF0000X',
    'Family Nurse Practitioner',
    NURSE_PRACTITIONER,
    [
      ['NP', 0.8],
      ['FNP-C', 0.2],
    ],
    'nursing',
    27,
    0.86,
  ),
  s('adult-np', 'primary', '363LA2200X', 'Adult Health Nurse Practitioner', NURSE_PRACTITIONER, [['NP', 1]], 'nursing', 4, 0.85),
  s('primary-care-pa', 'primary', '363AM0700X', 'Medical Physician Assistant', PHYSICIAN_ASSISTANT, [['PA-C', 1]], 'medical', 18, 0.65),
  s('pediatrics', 'pediatrics', '208000000X', 'Pediatrics Physician', PHYSICIAN, MD_DO, 'medical', 64, 0.66),
  s('pediatric-np', 'pediatrics', '363LP0200X', 'Pediatric Nurse Practitioner', NURSE_PRACTITIONER, [['NP', 1]], 'nursing', 30, 0.92),
  s('adolescent-medicine', 'pediatrics', '2080A0000X', 'Pediatric Adolescent Medicine Physician', PHYSICIAN, MD_DO, 'medical', 6, 0.6),
  s('obgyn', 'obgyn', '207V00000X', 'Obstetrics & Gynecology Physician', PHYSICIAN, MD_DO, 'medical', 45, 0.72),
  s('nurse-midwife', 'obgyn', '367A00000X', 'Advanced Practice Midwife', ['cnw', 'Certified Nurse Midwife'], [['CNM', 1]], 'nursing', 40, 0.97),
  s('womens-health-np', 'obgyn', '363LW0102X', "Women's Health Care Nurse Practitioner", NURSE_PRACTITIONER, [['NP', 1]], 'nursing', 15, 0.98),
  s('psychiatry', 'behavioral', '2084P0800X', 'Psychiatry Physician', PHYSICIAN, MD_DO, 'medical', 10, 0.45),
  s('child-psychiatry', 'behavioral', '2084P0804X', 'Child & Adolescent Psychiatry Physician', PHYSICIAN, MD_DO, 'medical', 3, 0.55),
  s('psychiatric-np', 'behavioral', '363LP0808X', 'Psychiatric/Mental Health Nurse Practitioner', NURSE_PRACTITIONER, [['PMHNP', 1]], 'nursing', 12, 0.78),
  s(
    'psychologist',
    'behavioral',
    '103T00000X',
    'Psychologist',
    ['py', 'Psychologist'],
    [
      ['PhD', 0.6],
      ['PsyD', 0.4],
    ],
    'psychology',
    8,
    0.65,
  ),
  s(
    'clinical-psychologist',
    'behavioral',
    '103TC0700X',
    'Clinical Psychologist',
    ['py', 'Psychologist'],
    [
      ['PhD', 0.5],
      ['PsyD', 0.5],
    ],
    'psychology',
    5,
    0.65,
  ),
  s('clinical-social-worker', 'behavioral', '1041C0700X', 'Clinical Social Worker', ['sw', 'Social Worker'], [['LCSW', 1]], 'social-work', 27, 0.8),
  s('counselor', 'behavioral', '101YM0800X', 'Mental Health Counselor', ['co', 'Counselor'], [['LPC', 1]], 'counseling', 20, 0.72),
  s(
    'addiction-counselor',
    'behavioral',
    '101YA0400X',
    'Addiction (Substance Use Disorder) Counselor',
    ['co', 'Counselor'],
    [
      ['CADC II', 0.6],
      ['CADC III', 0.4],
    ],
    'addiction',
    9,
    0.55,
  ),
  s('family-therapist', 'behavioral', '106H00000X', 'Marriage & Family Therapist', ['mt', 'Marriage/Family Therapist'], [['LMFT', 1]], 'counseling', 6, 0.75),
  s(
    'general-dentist',
    'dental',
    '1223G0001X',
    'General Practice Dentistry',
    ['de', 'Dentist'],
    [
      ['DMD', 0.55],
      ['DDS', 0.45],
    ],
    'dentistry',
    48,
    0.42,
  ),
  s(
    'pediatric-dentist',
    'dental',
    '1223P0221X',
    'Pediatric Dentist',
    ['de', 'Dentist'],
    [
      ['DMD', 0.5],
      ['DDS', 0.5],
    ],
    'dentistry',
    10,
    0.55,
  ),
  s(
    'dental-hygienist',
    'dental',
    '124Q00000X',
    'Dental Hygienist',
    ['dp', 'Dental Provider'],
    [
      ['RDH', 0.7],
      ['EPDH', 0.3],
    ],
    'dentistry',
    42,
    0.95,
  ),
  s('cardiology', 'specialist', '207RC0000X', 'Cardiovascular Disease Physician', PHYSICIAN, MD_DO, 'medical', 10, 0.22),
  s('orthopedics', 'specialist', '207X00000X', 'Orthopaedic Surgery Physician', PHYSICIAN, MD_DO, 'medical', 10, 0.12),
  s('dermatology', 'specialist', '207N00000X', 'Dermatology Physician', PHYSICIAN, MD_DO, 'medical', 7, 0.55),
  s('otolaryngology', 'specialist', '207Y00000X', 'Otolaryngology Physician', PHYSICIAN, MD_DO, 'medical', 5, 0.25),
  s('ophthalmology', 'specialist', '207W00000X', 'Ophthalmology Physician', PHYSICIAN, MD_DO, 'medical', 5, 0.35),
  s('optometry', 'specialist', '152W00000X', 'Optometrist', ['oo', 'Optometrist'], [['OD', 1]], 'optometry', 5, 0.5),
  s('gastroenterology', 'specialist', '207RG0100X', 'Gastroenterology Physician', PHYSICIAN, MD_DO, 'medical', 6, 0.25),
  s('neurology', 'specialist', '2084N0400X', 'Neurology Physician', PHYSICIAN, MD_DO, 'medical', 5, 0.4),
  s('endocrinology', 'specialist', '207RE0101X', 'Endocrinology, Diabetes & Metabolism Physician', PHYSICIAN, MD_DO, 'medical', 4, 0.55),
  s('pulmonology', 'specialist', '207RP1001X', 'Pulmonary Disease Physician', PHYSICIAN, MD_DO, 'medical', 4, 0.3),
  s('nephrology', 'specialist', '207RN0300X', 'Nephrology Physician', PHYSICIAN, MD_DO, 'medical', 3, 0.35),
  s('oncology', 'specialist', '207RH0003X', 'Hematology & Oncology Physician', PHYSICIAN, MD_DO, 'medical', 5, 0.4),
  s('rheumatology', 'specialist', '207RR0500X', 'Rheumatology Physician', PHYSICIAN, MD_DO, 'medical', 3, 0.55),
  s('general-surgery', 'specialist', '208600000X', 'Surgery Physician', PHYSICIAN, MD_DO, 'medical', 7, 0.25),
  s('urology', 'specialist', '208800000X', 'Urology Physician', PHYSICIAN, MD_DO, 'medical', 3, 0.12),
  s('podiatry', 'specialist', '213E00000X', 'Podiatrist', ['po', 'Podiatrist'], [['DPM', 1]], 'medical', 4, 0.3),
  s('allergy', 'specialist', '207K00000X', 'Allergy & Immunology Physician', PHYSICIAN, MD_DO, 'medical', 3, 0.5),
  s('specialty-pa', 'specialist', '363A00000X', 'Physician Assistant', PHYSICIAN_ASSISTANT, [['PA-C', 1]], 'medical', 7, 0.6),
  s('specialty-np', 'specialist', '363L00000X', 'Nurse Practitioner', NURSE_PRACTITIONER, [['NP', 1]], 'nursing', 4, 0.85),
];

export function specialtyByKey(key: string): Specialty {
  const specialty = SPECIALTIES.find((candidate) => candidate.key === key);
  if (!specialty) throw new Error(`Unknown specialty: ${key}`);
  return specialty;
}

/** NUCC codes that make a role primary care (docs/decisions/0002-directory-data.md). */
export const PRIMARY_CARE_CODES: ReadonlySet<string> = new Set([
  '207Q00000X',
  '207R00000X',
  '208000000X',
  '208D00000X',
  '363LF0000X',
  '363LA2200X',
  '363LP0200X',
  '363AM0700X',
  '261QP2300X',
]);
