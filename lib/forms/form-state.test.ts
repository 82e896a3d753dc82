import { describe, expect, it } from 'vitest';
import { currentToken, fieldMessages, formProblem, invalidFields, keptValues, type GuardedFormState } from './form-state';

type Values = { problem: string; contact: string };
type State = GuardedFormState<Values, { problem?: 'required'; contact?: 'invalid' }, object, 'refused'>;

const empty: Values = { problem: '', contact: '' };
const idle: State = { status: 'idle' };
const invalid: State = { status: 'invalid', fieldErrors: { contact: 'invalid' }, values: { problem: 'other', contact: 'call me' }, token: 'server token' };
const refused: State = { status: 'refused', values: { problem: 'other', contact: '' }, token: 'server token' };

describe('reading a form state', () => {
  it('fills the fields with what was typed after an answer, and with the starting values before one', () => {
    expect(keptValues(idle, empty)).toBe(empty);
    expect(keptValues(invalid, empty)).toEqual({ problem: 'other', contact: 'call me' });
    expect(keptValues(refused, empty)).toEqual({ problem: 'other', contact: '' });
  });

  it('marks fields only when the answer was invalid', () => {
    expect(invalidFields(invalid)).toEqual({ contact: 'invalid' });
    expect(invalidFields(refused)).toEqual({});
    expect(invalidFields(idle)).toEqual({});
  });

  it("words each error code in the page's language, skipping a code the page does not word", () => {
    const messages = { problem: { required: 'Elija qué está mal.' }, contact: { invalid: 'Escriba un correo electrónico.' } };
    expect(fieldMessages({ problem: 'required', contact: 'invalid' }, messages)).toEqual({
      problem: 'Elija qué está mal.',
      contact: 'Escriba un correo electrónico.',
    });
    expect(fieldMessages({ problem: 'unheard-of' }, messages)).toEqual({});
  });

  it('shows a form-wide problem only for the statuses the page words', () => {
    const problems = { refused: 'We did not send your report yet.' };
    expect(formProblem(refused, problems)).toBe('We did not send your report yet.');
    expect(formProblem(invalid, problems)).toBeNull();
    expect(formProblem({ status: 'toString' }, problems)).toBeNull();
  });

  it("sends the server's token after an answer, and the page's before one", () => {
    expect(currentToken(idle, 'page token')).toBe('page token');
    expect(currentToken(refused, 'page token')).toBe('server token');
  });
});
