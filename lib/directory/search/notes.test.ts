import { describe, expect, it } from 'vitest';
import { noteInLanguage } from './notes';

describe('a directory note in the member language', () => {
  it('takes the member language when the data has it, else English marked as English, else whatever there is', () => {
    const both = { topic: 'transit' as const, text: { en: 'Bus stop two blocks away.', es: 'Parada de autobús a dos cuadras.' } };
    expect(noteInLanguage(both, 'es')).toEqual({ text: 'Parada de autobús a dos cuadras.', lang: 'es' });
    expect(noteInLanguage(both, 'en')).toEqual({ text: 'Bus stop two blocks away.', lang: 'en' });
    const englishOnly = { topic: 'hours' as const, text: { en: 'Closed on holidays.' } };
    expect(noteInLanguage(englishOnly, 'es')).toEqual({ text: 'Closed on holidays.', lang: 'en' });
    const vietnameseOnly = { topic: 'accessibility' as const, text: { vi: 'Có thang máy.' } };
    expect(noteInLanguage(vietnameseOnly, 'es')).toEqual({ text: 'Có thang máy.', lang: 'vi' });
  });
});
