/**
 * Languages practitioners speak (BCP 47, as Practitioner.communication carries them) and how
 * likely each is, by heritage. Everyone speaks English; Spanish is common well beyond Hispanic
 * staff, more so at community health centers; ASL is rare.
 */
import type { Heritage } from './names';
import type { Random } from './random';

export const LANGUAGES = {
  en: 'English',
  es: 'Spanish',
  ru: 'Russian',
  uk: 'Ukrainian',
  vi: 'Vietnamese',
  ase: 'American Sign Language',
  zh: 'Chinese',
  ar: 'Arabic',
  tl: 'Tagalog',
  pa: 'Punjabi',
} as const;

export type LanguageCode = keyof typeof LANGUAGES;

/** Plan-Net LanguageProficiencyCS (the ILR scale). */
export const PROFICIENCY = {
  '30': 'General professional proficiency',
  '40': 'Advanced professional proficiency',
  '50': 'Functional native proficiency',
} as const;

export type ProficiencyCode = keyof typeof PROFICIENCY;

export interface SpokenLanguage {
  code: LanguageCode;
  proficiency: ProficiencyCode;
}

/** Chance of speaking each language natively (first) or as learned (second) by heritage. */
const HERITAGE_LANGUAGES: Readonly<Record<Heritage, readonly (readonly [LanguageCode, number])[]>> = {
  anglo: [],
  hispanic: [['es', 0.88]],
  russian: [
    ['ru', 0.9],
    ['uk', 0.2],
  ],
  ukrainian: [
    ['uk', 0.85],
    ['ru', 0.65],
  ],
  vietnamese: [['vi', 0.85]],
  chinese: [['zh', 0.8]],
  punjabi: [['pa', 0.75]],
  arabic: [['ar', 0.8]],
  filipino: [['tl', 0.78]],
  'east-asian': [],
};

export interface LanguageContext {
  heritage: Heritage;
  /** Community health centers hire for Spanish. */
  communityHealth: boolean;
  behavioral: boolean;
}

export function spokenLanguages(random: Random, context: LanguageContext): SpokenLanguage[] {
  const spoken: SpokenLanguage[] = [{ code: 'en', proficiency: context.heritage === 'anglo' || random.chance(0.6) ? '50' : '40' }];
  for (const [code, probability] of HERITAGE_LANGUAGES[context.heritage]) {
    if (random.chance(probability)) spoken.push({ code, proficiency: random.chance(0.85) ? '50' : '40' });
  }
  const learnedSpanish = context.heritage === 'hispanic' ? 0 : context.communityHealth ? 0.34 : 0.13;
  if (!spoken.some((language) => language.code === 'es') && random.chance(learnedSpanish)) {
    spoken.push({ code: 'es', proficiency: random.chance(0.55) ? '40' : '30' });
  }
  if (random.chance(context.behavioral ? 0.035 : 0.012)) spoken.push({ code: 'ase', proficiency: random.chance(0.3) ? '50' : '40' });
  // A few people speak a language outside their heritage (a Peace Corps year, a spouse's family).
  if (random.chance(0.012)) {
    const extra = random.pick<LanguageCode>(['ru', 'vi', 'zh', 'ar', 'tl']);
    if (!spoken.some((language) => language.code === extra)) spoken.push({ code: extra, proficiency: '30' });
  }
  return spoken;
}
