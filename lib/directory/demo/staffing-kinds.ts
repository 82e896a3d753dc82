/** Which specialties each kind of clinic employs, and how heavily (relative weights). */
import type { ClinicKind } from './clinics';

type Mix = Readonly<Record<string, number>>;

const PRIMARY: Mix = {
  'family-medicine': 3,
  'internal-medicine': 1.5,
  'general-practice': 0.4,
  'family-np': 2.5,
  'adult-np': 0.4,
  'primary-care-pa': 2,
  'clinical-social-worker': 0.15,
};

const MIXES: Readonly<Record<string, Mix>> = {
  'community-health': {
    'family-medicine': 3,
    'internal-medicine': 1,
    'general-practice': 0.4,
    'family-np': 3,
    'primary-care-pa': 2,
    pediatrics: 1.2,
    'pediatric-np': 1,
    obgyn: 0.4,
    'nurse-midwife': 1.2,
    'womens-health-np': 0.5,
    'clinical-social-worker': 2,
    counselor: 1.5,
    'psychiatric-np': 1,
    psychologist: 0.5,
    'addiction-counselor': 0.7,
    'family-therapist': 0.5,
    'general-dentist': 2,
    'dental-hygienist': 2,
    'pediatric-dentist': 0.5,
  },
  primary: PRIMARY,
  internal: { 'internal-medicine': 4, 'adult-np': 1, 'family-np': 0.5, 'primary-care-pa': 1 },
  pediatrics: { pediatrics: 3, 'pediatric-np': 1.5, 'adolescent-medicine': 0.5 },
  womens: { obgyn: 2.5, 'nurse-midwife': 1.2, 'womens-health-np': 1 },
  midwifery: { 'nurse-midwife': 4, 'womens-health-np': 0.6 },
  'bh-counseling': { 'clinical-social-worker': 3, counselor: 3, 'family-therapist': 1.2, psychologist: 1.5, 'clinical-psychologist': 1 },
  'bh-psychiatry': { psychiatry: 3, 'child-psychiatry': 1, 'psychiatric-np': 3, 'clinical-psychologist': 0.5 },
  'bh-recovery': { 'addiction-counselor': 4, 'clinical-social-worker': 1, counselor: 1, 'psychiatric-np': 0.6, psychiatry: 0.3 },
  'bh-youth': { 'clinical-social-worker': 2, 'family-therapist': 2, 'child-psychiatry': 0.8, psychologist: 1, counselor: 1, 'clinical-psychologist': 0.5 },
  dental: { 'general-dentist': 2, 'dental-hygienist': 2 },
  'dental-pediatric': { 'pediatric-dentist': 3, 'dental-hygienist': 1.5 },
  'specialty:cardiology': { cardiology: 3, 'specialty-np': 1, 'specialty-pa': 0.5 },
  'specialty:orthopedics': { orthopedics: 3, 'specialty-pa': 1.5 },
  'specialty:dermatology': { dermatology: 3, 'specialty-pa': 1 },
  'specialty:ent': { otolaryngology: 1 },
  'specialty:eye': { ophthalmology: 2, optometry: 2 },
  'specialty:gi': { gastroenterology: 3, 'specialty-np': 0.5 },
  'specialty:neurology': { neurology: 1 },
  'specialty:endocrinology': { endocrinology: 3, 'specialty-np': 0.7 },
  'specialty:pulmonary': { pulmonology: 1 },
  'specialty:nephrology': { nephrology: 1 },
  'specialty:oncology': { oncology: 3, 'specialty-np': 1 },
  'specialty:rheumatology': { rheumatology: 1 },
  'specialty:surgery': { 'general-surgery': 3, 'specialty-pa': 0.5 },
  'specialty:podiatry': { podiatry: 1 },
  'specialty:urology': { urology: 3, 'specialty-pa': 0.5 },
  'specialty:allergy': { allergy: 1 },
};

export function staffMix(kind: ClinicKind): Mix {
  const mix = MIXES[kind];
  if (!mix) throw new Error(`No staff mix for clinic kind ${kind}`);
  return mix;
}
