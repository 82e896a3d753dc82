import type { LookingForCode } from './schema';

/**
 * The page that answers each survey topic ("What were you looking for today?"), as an address
 * without the language. One place, so the survey, the home page and tests agree; a test checks
 * that each page exists in every language.
 */
export const topicPages: Record<LookingForCode, string> = {
  'find-provider': '/find-a-provider',
  benefits: '/benefits',
  pharmacy: '/medicines',
  transportation: '/rides',
  dental: '/dental',
  'mental-health': '/mental-health',
  // The OHP ID card and the plan's card, and how to replace them.
  'member-id-card': '/keep-your-coverage',
  other: '/contact',
};
