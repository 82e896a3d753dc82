/**
 * Reference numbers shown on a form's thank-you page (the survey, the join request).
 * No 0/O, 1/I/L or U/V look-alikes: a member can read one out over the phone.
 */
import { randomInt } from 'node:crypto';

const referenceAlphabet = '23456789ABCDEFGHJKMNPQRSTWXYZ';
export const referenceLength = 8;

export function newReference(): string {
  return Array.from({ length: referenceLength }, () => referenceAlphabet[randomInt(referenceAlphabet.length)]).join('');
}
