import { describe, expect, it } from 'vitest';
import { lookingForCodes, parseFeedbackForm } from './schema';

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const answer = { lookingFor: 'pharmacy', found: 'partly', ease: '4' };

describe('parseFeedbackForm', () => {
  it('accepts every "looking for" code, turns ease into a number and leaves out blank optional fields', () => {
    for (const lookingFor of lookingForCodes) {
      expect(parseFeedbackForm(form({ ...answer, lookingFor, comments: '  ', contact: '' }))).toEqual({
        ok: true,
        value: { lookingFor, found: 'partly', ease: 4 },
      });
    }
  });

  it('does not ask for a comment when the member chose "something else"', () => {
    expect(parseFeedbackForm(form({ ...answer, lookingFor: 'other' }))).toMatchObject({ ok: true, value: { lookingFor: 'other' } });
  });

  it('trims comments and contact', () => {
    expect(parseFeedbackForm(form({ ...answer, comments: ' The search was slow.\n', contact: ' ana@example.org ' }))).toEqual({
      ok: true,
      value: { lookingFor: 'pharmacy', found: 'partly', ease: 4, comments: 'The search was slow.', contact: 'ana@example.org' },
    });
  });

  it('says an empty form needs all three answers, and echoes what was typed', () => {
    expect(parseFeedbackForm(form({ comments: 'Hola ' }))).toEqual({
      ok: false,
      errors: { lookingFor: 'required', found: 'required', ease: 'required' },
      values: { lookingFor: '', found: '', ease: '', comments: 'Hola ', contact: '' },
    });
  });

  it('says an answer that is not one of the options is invalid', () => {
    expect(parseFeedbackForm(form({ lookingFor: 'Find-Provider', found: 'maybe', ease: '6' }))).toMatchObject({
      ok: false,
      errors: { lookingFor: 'invalid', found: 'invalid', ease: 'invalid' },
    });
    for (const ease of ['0', '3.5', ' 3', '1e0', '05'])
      expect(parseFeedbackForm(form({ ...answer, ease }))).toMatchObject({ ok: false, errors: { ease: 'invalid' } });
  });

  it('counts length after trimming: 1000 characters of comments and 200 of contact fit, one more does not', () => {
    expect(parseFeedbackForm(form({ ...answer, comments: ` ${'a'.repeat(1000)} `, contact: '1'.repeat(200) })).ok).toBe(true);
    expect(parseFeedbackForm(form({ ...answer, comments: 'a'.repeat(1001), contact: '1'.repeat(201) }))).toMatchObject({
      ok: false,
      errors: { comments: 'too-long', contact: 'too-long' },
    });
  });

  it('says a contact that is neither an email address nor a phone number is invalid', () => {
    expect(parseFeedbackForm(form({ ...answer, contact: 'llámeme' }))).toMatchObject({ ok: false, errors: { contact: 'invalid' } });
    expect(parseFeedbackForm(form({ ...answer, contact: '(541) 555-0123' }))).toMatchObject({ ok: true });
  });

  it('never throws on input that is not text: it counts as empty', () => {
    const withFile = new FormData();
    withFile.set('lookingFor', new Blob(['dental']), 'x.txt');
    expect(parseFeedbackForm(withFile)).toMatchObject({ ok: false, errors: { lookingFor: 'required' }, values: { lookingFor: '' } });
    expect(parseFeedbackForm({ lookingFor: 3, found: null, ease: 4, comments: ['a'] })).toMatchObject({
      ok: false,
      errors: { lookingFor: 'required', found: 'required', ease: 'required' },
    });
  });
});
