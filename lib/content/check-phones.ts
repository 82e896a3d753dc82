import { phoneDigits } from '@/lib/phone-numbers';
import type { Plan } from './schemas';

export { phoneDigits };

/**
 * US phone numbers as people type them: 541-500-0567, (541) 500-0567, 1-855-722-8208, +1 541.500.0567.
 * Three-digit codes (911, 988, 711) are not matched. A number right after "tel:" is left to the link check,
 * and an Oregon rule cited as "OAR 410-141-3960" is a rule, not a phone number.
 */
const PHONE_NUMBER =
  /(?<![\p{N}\-.–—]|tel:|tel:\+|OAR[ \u00a0])(?:\+?1[ \u00a0.\-–—]?)?(?:\(\d{3}\)[ \u00a0]?|\d{3}[ \u00a0.\-–—])\d{3}[ \u00a0.\-–—]\d{4}(?!\p{N})/gu;

export type FoundPhone = { line: number; column: number; text: string; digits: string };

/** Every phone-number-like text in `text`, with 1-based lines counted from `firstLine`. */
export function findPhoneNumbers(text: string, firstLine = 1): FoundPhone[] {
  const found: FoundPhone[] = [];
  text.split(/\r?\n/).forEach((lineText, index) => {
    for (const match of lineText.matchAll(PHONE_NUMBER)) {
      found.push({ line: firstLine + index, column: match.index + 1, text: match[0], digits: phoneDigits(match[0]) });
    }
  });
  return found;
}

/** The plan phone with these digits, if any. */
export function planPhoneName(digits: string, plan: Plan | undefined): string | undefined {
  if (!plan) return undefined;
  return Object.entries(plan.phones).find(([, phone]) => phoneDigits(phone.number) === phoneDigits(digits))?.[0];
}

/** What to write instead of a typed number: on a page a <Phone />; in an alert (plain text) the line's name. */
export function phoneAdvice(text: string, plan: Plan | undefined, where: 'page' | 'alert' = 'page'): string {
  const name = planPhoneName(text, plan);
  if (where === 'alert') {
    const label = name ? plan?.phones[name]?.label.en : undefined;
    return name
      ? `do not type phone numbers in an alert (${text} is "${name}" in content/plan.yaml): write the line's name, like "call ${label ?? name}", and link to /contact`
      : `do not type phone numbers in an alert (${text}): add the number to content/plan.yaml under phones: and write the line's name here, with link: /contact`;
  }
  return name
    ? `write <Phone name="${name}" /> instead of ${text}: phone numbers come from content/plan.yaml`
    : `do not type phone numbers (${text}): add this number to content/plan.yaml under phones: and use <Phone name="..." /> with its key`;
}
