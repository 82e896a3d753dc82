import type { ListingProblemCode } from './schema';

/** Each report problem as staff read it (the staff page and `npm run directory:reports`). */
export const problemInPlainEnglish: Record<ListingProblemCode, string> = {
  'wrong-phone': 'The phone number is wrong',
  'wrong-address': 'The address is wrong',
  'not-accepting': 'Not accepting new patients',
  'wrong-language': 'The languages spoken are wrong',
  'left-practice': 'The provider has left this clinic',
  other: 'Something else',
};
