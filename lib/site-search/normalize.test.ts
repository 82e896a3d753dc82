import { describe, expect, it } from 'vitest';
import { containsPhrase, foldDiacritics, foldedWords, MAX_QUERY_LENGTH, normalizeQuery } from './normalize';

describe('normalizeQuery', () => {
  it('trims, collapses spaces and keeps what was typed for showing back', () => {
    expect(normalizeQuery('  Ride   to the\tDoctor \n')).toEqual({ text: 'Ride to the Doctor', key: 'ride to the doctor', cut: false, refused: false });
  });

  it('cuts a long query to 100 characters instead of refusing it', () => {
    const result = normalizeQuery('a'.repeat(1000));
    expect(result.text).toHaveLength(MAX_QUERY_LENGTH);
    expect(result.cut).toBe(true);
    expect(normalizeQuery('b'.repeat(MAX_QUERY_LENGTH)).cut).toBe(false);
  });

  it('never splits an accented letter or an emoji when cutting', () => {
    const result = normalizeQuery(`${'x'.repeat(99)}😀😀`);
    expect(Array.from(result.text)).toHaveLength(MAX_QUERY_LENGTH);
    expect(result.text.endsWith('😀')).toBe(true);
    // A decomposed é (e + combining accent) becomes one character.
    expect(normalizeQuery('Jose\u0301').text).toBe('José');
  });

  it('takes the last of repeated q parameters, and treats a missing one as empty', () => {
    expect(normalizeQuery(['meds', 'dentista']).text).toBe('dentista');
    expect(normalizeQuery(undefined)).toEqual({ text: '', key: '', cut: false, refused: false });
    expect(normalizeQuery([])).toEqual({ text: '', key: '', cut: false, refused: false });
  });

  it('refuses a query with a control character other than tab or line breaks, keeping the rest to show back', () => {
    expect(normalizeQuery('meds\u0000\u0007\u200bnow')).toMatchObject({ text: 'meds now', refused: true });
    expect(normalizeQuery('a\u0000b')).toMatchObject({ text: 'ab', refused: true });
    expect(normalizeQuery(['a\u0000b', 'dentist']).refused).toBe(false);
    expect(normalizeQuery('dentist\u007f').refused).toBe(true);
    expect(normalizeQuery('dentist\u200bnear\tme').refused).toBe(false);
  });

  it('keeps the stored key within 100 characters even when lowercasing lengthens a letter', () => {
    expect(Array.from(normalizeQuery('İ'.repeat(100)).key).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });
});

describe('folding and phrases', () => {
  it('folds accents and ñ, so members can leave them out', () => {
    expect(foldDiacritics('José intérprete año')).toBe('Jose interprete ano');
    expect(foldedWords('¿Cómo cambio de médico? (OB/GYN)')).toEqual(['como', 'cambio', 'de', 'medico', 'ob', 'gyn']);
  });

  it('finds a phrase as whole words, also in the plural', () => {
    expect(containsPhrase(foldedWords('need dentists near me'), ['dentist'])).toBe(true);
    expect(containsPhrase(foldedWords('sala de emergencias'), ['sala', 'de', 'emergencia'])).toBe(true);
    expect(containsPhrase(foldedWords('obstetrician'), ['ob'])).toBe(false);
    expect(containsPhrase(foldedWords('emergency'), [])).toBe(false);
  });
});
