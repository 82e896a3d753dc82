/**
 * Accessibility and interpreter services of an office. Plan-Net AccessibilityCS codes plus the
 * itemized OAR 410-141-3585 features from our own code system (docs/decisions/0002-directory-data.md).
 */
import type { ClinicKind } from './clinics';
import type { Coding } from './fhir-types';
import { SYSTEM } from './fhir';
import type { LanguageCode } from './languages';
import type { BilingualNote } from './places';
import type { Random } from './random';

const PLAN_NET_DISPLAY = {
  handiaccess: 'handicap accessible',
  adacomp: 'ADA compliant',
  cultcomp: 'Cultural competence',
  anssrvc: 'answering service',
  cognitive: 'cognitive',
  mobility: 'mobility',
  pubtrans: 'public transit options',
} as const;

export const DETAIL_DISPLAY = {
  entrance: 'Accessible entrance',
  'exam-room': 'Accessible exam room',
  'exam-table': 'Height-adjustable exam table',
  restroom: 'Accessible restroom',
  parking: 'Accessible parking',
} as const;

type PlanNetCode = keyof typeof PLAN_NET_DISPLAY;
type DetailCode = keyof typeof DETAIL_DISPLAY;

export interface OfficeAccess {
  features: Coding[];
  /** RVTD stop note when the office is on a bus route. */
  transitNote?: BilingualNote;
  interpreters: LanguageCode[];
}

export const planNetAccess = (code: PlanNetCode): Coding => ({ system: SYSTEM.accessibility, code, display: PLAN_NET_DISPLAY[code] });
const detail = (code: DetailCode): Coding => ({ system: SYSTEM.accessibilityDetail, code, display: DETAIL_DISPLAY[code] });

export function officeAccess(random: Random, kind: ClinicKind, transitNote: BilingualNote | undefined): OfficeAccess {
  const communityHealth = kind === 'community-health';
  // Newer and larger buildings are mostly accessible; a few older storefront offices are not.
  const accessible = random.chance(communityHealth ? 0.95 : 0.78);
  const planNet: PlanNetCode[] = [];
  if (accessible) planNet.push('handiaccess');
  if (accessible && random.chance(0.75)) planNet.push('adacomp');
  if (accessible && random.chance(0.18)) planNet.push('mobility');
  if (random.chance(kind.startsWith('bh-') ? 0.3 : 0.08)) planNet.push('cognitive');
  if (random.chance(communityHealth ? 0.8 : 0.15)) planNet.push('cultcomp');
  if (random.chance(0.2)) planNet.push('anssrvc');
  const odds: Record<DetailCode, number> = accessible
    ? { entrance: 0.96, 'exam-room': 0.78, 'exam-table': 0.5, restroom: 0.88, parking: 0.92 }
    : { entrance: 0.35, 'exam-room': 0.15, 'exam-table': 0.08, restroom: 0.3, parking: 0.55 };
  const details = (Object.keys(odds) as DetailCode[]).filter((code) => random.chance(odds[code]));
  return {
    features: [...planNet.map(planNetAccess), ...details.map(detail)],
    ...(transitNote === undefined ? {} : { transitNote }),
    interpreters: interpreterLanguages(random, communityHealth),
  };
}

/** Spanish most often; ASL sometimes; Russian and Vietnamese at a few offices. */
function interpreterLanguages(random: Random, communityHealth: boolean): LanguageCode[] {
  const languages: LanguageCode[] = [];
  if (communityHealth || random.chance(0.45)) languages.push('es');
  if (random.chance(communityHealth ? 0.45 : 0.12)) languages.push('ase');
  if (random.chance(communityHealth ? 0.3 : 0.04)) languages.push('ru');
  if (random.chance(communityHealth ? 0.2 : 0.03)) languages.push('vi');
  return languages;
}
