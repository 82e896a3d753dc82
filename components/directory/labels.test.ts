import { describe, expect, it } from 'vitest';
import { formatDay, formatList, formatMiles, formatTime, languageName } from './labels';

const noMessages = Object.assign((key: string) => key, { has: () => false });

describe('directory labels', () => {
  it('formats distances, days, times and lists in the member’s conventions, however often they are asked', () => {
    for (let card = 0; card < 3; card++) {
      expect(formatMiles(2.345, 'en')).toBe('2.3');
      expect(formatMiles(12.6, 'en')).toBe('13');
      expect(formatMiles(2.345, 'es')).toBe('2.3');
      expect(formatDay('2026-03-04', 'en')).toBe('March 4, 2026');
      expect(formatDay('2026-03-04', 'es')).toBe('4 de marzo de 2026');
      expect(formatTime('17:30:00', 'en')).toBe('5:30 PM');
      expect(formatList(['English', 'Spanish', 'Russian'], 'en')).toBe('English, Spanish, and Russian');
      expect(formatList(['inglés', 'español', 'ruso'], 'es')).toBe('inglés, español y ruso');
    }
  });

  it('names a language in the member’s language, and shows a code it cannot name as given', () => {
    expect(languageName('ru', 'en', noMessages)).toBe('Russian');
    expect(languageName('ru', 'es', noMessages, false)).toBe('ruso');
    expect(languageName('ru', 'es', noMessages)).toBe('Ruso');
    expect(languageName('not a tag', 'es', noMessages)).toBe('not a tag');
  });
});
