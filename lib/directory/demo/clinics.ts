/**
 * The clinics and groups of the demo network and the towns of their offices.
 * Every clinic and organization name here is fictional; any likeness to a real practice is chance.
 * The list leans to Medford, then Ashland and Central Point, as the county's care does.
 */
import type { TownName } from './places';

export type ClinicKind =
  | 'community-health'
  | 'primary'
  | 'internal'
  | 'pediatrics'
  | 'womens'
  | 'midwifery'
  | 'bh-counseling'
  | 'bh-psychiatry'
  | 'bh-recovery'
  | 'bh-youth'
  | 'dental'
  | 'dental-pediatric'
  | `specialty:${string}`;

export interface ClinicPlan {
  name: string;
  kind: ClinicKind;
  /** One office per entry; the first is the main office. */
  offices: readonly TownName[];
  /** Relative head count of the whole clinic. */
  size: number;
}

const c = (name: string, kind: ClinicKind, size: number, ...offices: TownName[]): ClinicPlan => ({ name, kind, size, offices });

export const CLINICS: readonly ClinicPlan[] = [
  c('Rogue Valley Community Clinics', 'community-health', 9, 'Medford', 'Medford', 'White City', 'Phoenix', 'Eagle Point'),
  c('Bear Creek Health Partners', 'community-health', 6, 'Medford', 'Talent', 'Ashland'),
  c('Upper Rogue Health Center', 'community-health', 3, 'Shady Cove', 'Eagle Point', 'Butte Falls'),
  c('Table Rock Family Health', 'community-health', 4, 'Central Point', 'Gold Hill', 'Rogue River'),
  c('Rogue Valley Family Medicine', 'primary', 4, 'Medford', 'Medford'),
  c('Roxy Ann Internal Medicine', 'internal', 2, 'Medford'),
  c('Lithia Springs Family Medicine', 'primary', 3, 'Ashland'),
  c('Greensprings Primary Care', 'primary', 2, 'Ashland'),
  c('Applegate Valley Family Medicine', 'primary', 1.5, 'Jacksonville'),
  c('Pear Blossom Family Practice', 'primary', 2, 'Medford'),
  c('Crater View Primary Care', 'primary', 2, 'White City'),
  c('Mountain View Internal Medicine', 'internal', 2, 'Central Point'),
  c('Evans Creek Family Clinic', 'primary', 1.5, 'Rogue River'),
  c('Gold Hill Family Medicine', 'primary', 1, 'Gold Hill'),
  c('Little Butte Family Practice', 'primary', 1.5, 'Eagle Point'),
  c('Phoenix Family Health', 'primary', 1.5, 'Phoenix'),
  c('Talent Community Medicine', 'primary', 1.5, 'Talent'),
  c('Stewart Avenue Primary Care', 'primary', 2, 'Medford'),
  c('Barnett Road Family Physicians', 'primary', 2.5, 'Medford'),
  c('Valley of the Rogue Medical Group', 'primary', 3, 'Central Point', 'Medford'),
  c('Cascade Internal Medicine Associates', 'internal', 2.5, 'Medford', 'Ashland'),
  c('Pilot Rock Family Medicine', 'primary', 1.5, 'Ashland'),
  c('Lone Pine Family Medicine', 'primary', 2, 'Medford'),
  c('East Medford Primary Care', 'primary', 2, 'Medford'),
  c('Bear Creek Pediatrics', 'pediatrics', 3, 'Medford', 'Central Point'),
  c('Lithia Pediatrics', 'pediatrics', 2, 'Ashland'),
  c("Little Sprouts Children's Clinic", 'pediatrics', 1.5, 'Medford'),
  c('Sunflower Pediatrics', 'pediatrics', 1.5, 'White City'),
  c('Summit Pediatric Associates', 'pediatrics', 2, 'Medford', 'Phoenix'),
  c("Rogue Valley Women's Health", 'womens', 3, 'Medford', 'Ashland'),
  c('Cedar Grove Midwifery', 'midwifery', 1.5, 'Ashland', 'Talent'),
  c('Southern Oregon OB/GYN Associates', 'womens', 2, 'Medford'),
  c('Riverside Birth & Midwifery', 'midwifery', 1, 'Central Point'),
  c('Rogue Valley Counseling Collective', 'bh-counseling', 3, 'Medford', 'Central Point'),
  c('Bear Creek Behavioral Health', 'bh-counseling', 2.5, 'Medford'),
  c('Ashland Mind & Wellness Counseling', 'bh-counseling', 2, 'Ashland'),
  c('Pathways Recovery Center', 'bh-recovery', 2.5, 'Medford', 'White City'),
  c('New Leaf Counseling', 'bh-counseling', 1.5, 'Phoenix', 'Talent'),
  c('Riverbend Family Therapy', 'bh-youth', 1.5, 'Rogue River', 'Gold Hill'),
  c('Southern Oregon Psychiatry Group', 'bh-psychiatry', 2, 'Medford'),
  c('Crossroads Youth & Family Services', 'bh-youth', 2, 'Medford', 'Eagle Point'),
  c('Clear Creek Recovery', 'bh-recovery', 1.5, 'Central Point'),
  c('Stillwater Psychological Services', 'bh-counseling', 1.5, 'Ashland'),
  c('Upper Rogue Counseling', 'bh-counseling', 1, 'Shady Cove'),
  c('Rogue Valley Family Dental', 'dental', 3, 'Medford', 'Medford'),
  c('Bear Creek Dental Care', 'dental', 1.5, 'Phoenix'),
  c('Siskiyou Smiles Dental', 'dental', 2, 'Ashland'),
  c('Little Teeth Pediatric Dentistry', 'dental-pediatric', 1.5, 'Medford'),
  c('Central Point Dental Group', 'dental', 1.5, 'Central Point'),
  c('Eagle Point Family Dental', 'dental', 1, 'Eagle Point'),
  c('White City Community Dental', 'dental', 1.5, 'White City'),
  c('Jacksonville Dental Arts', 'dental', 1, 'Jacksonville'),
  c('Rogue River Dental', 'dental', 1, 'Rogue River'),
  c('Southern Oregon Heart & Vascular', 'specialty:cardiology', 3, 'Medford'),
  c('Rogue Valley Orthopedics & Sports Medicine', 'specialty:orthopedics', 3, 'Medford', 'Ashland'),
  c('Bear Creek Dermatology', 'specialty:dermatology', 2, 'Medford'),
  c('Cascade Ear, Nose & Throat', 'specialty:ent', 1.5, 'Medford'),
  c('Valley Eye Care Associates', 'specialty:eye', 2.5, 'Medford', 'Ashland'),
  c('Southern Oregon Gastroenterology', 'specialty:gi', 1.5, 'Medford'),
  c('Mountain View Neurology', 'specialty:neurology', 1.2, 'Medford'),
  c('Rogue Valley Endocrinology & Diabetes', 'specialty:endocrinology', 1.2, 'Medford'),
  c('Siskiyou Pulmonary & Sleep', 'specialty:pulmonary', 1, 'Medford'),
  c('Rogue Valley Kidney Care', 'specialty:nephrology', 1, 'Medford'),
  c('Southern Oregon Cancer Care', 'specialty:oncology', 1.5, 'Medford'),
  c('Rogue Valley Rheumatology', 'specialty:rheumatology', 0.8, 'Medford'),
  c('Rogue Valley General Surgery', 'specialty:surgery', 1.5, 'Medford'),
  c('Southern Oregon Foot & Ankle', 'specialty:podiatry', 1, 'Medford', 'Central Point'),
  c('Rogue Urology', 'specialty:urology', 1, 'Medford'),
  c('Bear Creek Allergy & Asthma', 'specialty:allergy', 0.8, 'Medford'),
];
