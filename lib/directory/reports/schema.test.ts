import { describe, expect, it } from 'vitest';
import { listingProblemCodes, listingProblemFromCode, parseReportForm } from './schema';

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe('parseReportForm', () => {
  it('accepts each problem code and hands back the Prisma enum value', () => {
    for (const code of listingProblemCodes.filter((code) => code !== 'other')) {
      expect(parseReportForm(form({ problem: code }))).toEqual({ ok: true, value: { problem: listingProblemFromCode[code] } });
    }
    expect(parseReportForm({ problem: 'wrong-phone' })).toEqual({ ok: true, value: { problem: 'wrongPhone' } });
  });

  it('trims details and contact, and leaves out blank ones', () => {
    const parsed = parseReportForm(form({ problem: 'left-practice', details: '  She retired in June.\n', contact: '  541-555-0123 ' }));
    expect(parsed).toEqual({ ok: true, value: { problem: 'leftPractice', details: 'She retired in June.', contact: '541-555-0123' } });
    expect(parseReportForm(form({ problem: 'wrong-address', details: '   ', contact: '' }))).toEqual({
      ok: true,
      value: { problem: 'wrongAddress' },
    });
  });

  it('says a missing problem is required and an unknown one is invalid', () => {
    expect(parseReportForm(form({ details: 'x' }))).toMatchObject({ ok: false, errors: { problem: 'required' } });
    expect(parseReportForm(form({ problem: '' }))).toMatchObject({ ok: false, errors: { problem: 'required' } });
    expect(parseReportForm(form({ problem: 'wrongPhone' }))).toMatchObject({ ok: false, errors: { problem: 'invalid' } });
  });

  it('requires details when the problem is "other", and not otherwise', () => {
    expect(parseReportForm(form({ problem: 'other', details: '  ' }))).toEqual({
      ok: false,
      errors: { details: 'required' },
      values: { problem: 'other', details: '  ', contact: '' },
    });
    expect(parseReportForm(form({ problem: 'other', details: 'The clinic moved to Phoenix.' }))).toEqual({
      ok: true,
      value: { problem: 'other', details: 'The clinic moved to Phoenix.' },
    });
    expect(parseReportForm(form({ problem: 'not-accepting' }))).toMatchObject({ ok: true });
  });

  it('counts length after trimming: 1000 characters of details and 200 of contact fit, one more does not', () => {
    const fits = parseReportForm(form({ problem: 'other', details: ` ${'a'.repeat(1000)} `, contact: `${'1'.repeat(200)}` }));
    expect(fits.ok).toBe(true);
    const tooLong = parseReportForm(form({ problem: 'other', details: 'a'.repeat(1001), contact: `${'1'.repeat(201)}` }));
    expect(tooLong).toMatchObject({ ok: false, errors: { details: 'too-long', contact: 'too-long' } });
  });

  it('says a contact that is neither an email address nor a phone number is invalid', () => {
    expect(parseReportForm(form({ problem: 'wrong-phone', contact: 'call me' }))).toMatchObject({ ok: false, errors: { contact: 'invalid' } });
    expect(parseReportForm(form({ problem: 'wrong-phone', contact: '555-0123' }))).toMatchObject({ ok: false, errors: { contact: 'invalid' } });
  });

  it('reports every field at once and echoes exactly what was typed', () => {
    const typed = { problem: 'other', details: '', contact: '  not an address ' };
    expect(parseReportForm(form(typed))).toEqual({ ok: false, errors: { details: 'required', contact: 'invalid' }, values: typed });
    expect(parseReportForm(form({ problem: 'nonsense', details: 'x'.repeat(1001) }))).toEqual({
      ok: false,
      errors: { problem: 'invalid', details: 'too-long' },
      values: { problem: 'nonsense', details: 'x'.repeat(1001), contact: '' },
    });
  });

  it('never throws on input that is not text: it counts as empty', () => {
    const withFile = new FormData();
    withFile.set('problem', new Blob(['wrong-phone']), 'problem.txt');
    expect(parseReportForm(withFile)).toEqual({ ok: false, errors: { problem: 'required' }, values: { problem: '', details: '', contact: '' } });
    expect(parseReportForm({ problem: 42, details: ['a'], contact: null })).toEqual({
      ok: false,
      errors: { problem: 'required' },
      values: { problem: '', details: '', contact: '' },
    });
  });
});
