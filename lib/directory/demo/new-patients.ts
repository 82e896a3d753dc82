/**
 * How often offices take new patients, by kind of care. Primary care is about half open, as in
 * most Medicaid networks; specialists take referrals more often; counselors are often full.
 */
import type { NewPatientCode } from './fhir';
import type { Weighted } from './random';
import type { CareCategory } from './taxonomy';

export const NEW_PATIENT_ODDS: Readonly<Record<CareCategory, Weighted<NewPatientCode>>> = {
  primary: [
    ['newpt', 55],
    ['nopt', 25],
    ['existptonly', 11],
    ['existptfam', 9],
  ],
  pediatrics: [
    ['newpt', 60],
    ['nopt', 18],
    ['existptonly', 8],
    ['existptfam', 14],
  ],
  obgyn: [
    ['newpt', 74],
    ['nopt', 16],
    ['existptonly', 5],
    ['existptfam', 5],
  ],
  behavioral: [
    ['newpt', 48],
    ['nopt', 37],
    ['existptonly', 10],
    ['existptfam', 5],
  ],
  dental: [
    ['newpt', 42],
    ['nopt', 36],
    ['existptonly', 11],
    ['existptfam', 11],
  ],
  specialist: [
    ['newpt', 70],
    ['nopt', 18],
    ['existptonly', 9],
    ['existptfam', 3],
  ],
};

/** Chance that a role offers telehealth on top of in-person visits. */
export const TELEHEALTH_ODDS: Readonly<Record<CareCategory, number>> = {
  primary: 0.25,
  pediatrics: 0.1,
  obgyn: 0.12,
  behavioral: 0.5,
  dental: 0,
  specialist: 0.15,
};

/** Share of behavioral health services where the whole team offers telehealth. */
export const BEHAVIORAL_SERVICE_TELEHEALTH = 0.5;
