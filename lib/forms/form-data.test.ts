import { describe, expect, it } from 'vitest';
import { formText, formTexts } from './form-data';

describe('formText', () => {
  it('reads text as sent, untrimmed, from a form or a plain object', () => {
    const form = new FormData();
    form.set('details', '  Rings a pharmacy ');
    expect(formText(form, 'details')).toBe('  Rings a pharmacy ');
    expect(formText({ details: 'Closed' }, 'details')).toBe('Closed');
  });

  it('reads a missing field, a file or a non-string value as empty, never throwing', () => {
    const form = new FormData();
    form.set('upload', new Blob(['wrong-phone']), 'problem.txt');
    expect(formText(form, 'upload')).toBe('');
    expect(formText(form, 'absent')).toBe('');
    for (const value of [42, null, ['a'], { a: 1 }]) expect(formText({ field: value }, 'field')).toBe('');
  });

  it('keeps at most maxLength characters when asked', () => {
    expect(formText({ name: 'x'.repeat(1500) }, 'name', 1000)).toHaveLength(1000);
  });
});

describe('formTexts', () => {
  it('reads every named field and only those', () => {
    const form = new FormData();
    form.set('problem', 'other');
    form.set('website', 'https://spam.example');
    expect(formTexts(form, ['problem', 'details'])).toEqual({ problem: 'other', details: '' });
  });
});
