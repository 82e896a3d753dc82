import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinFields, parseJoinRequest } from './schema';

const valid = {
  name: 'Rogue Valley Family Clinic',
  specialty: '207Q00000X',
  phone: '(541) 555-0100',
  fax: '541.555.0101',
  email: 'office@rvfc.example.org',
  street: '100 E Main St',
  city: 'Medford',
  state: 'or',
  zip: '97501',
  npi: '1234567893',
  tin: '931234567',
  medicaidId: '',
};

describe('parseJoinRequest', () => {
  it('accepts a complete request and normalizes it as staff will read it', () => {
    expect(parseJoinRequest(valid)).toEqual({
      ok: true,
      value: { ...valid, phone: '541-555-0100', fax: '541-555-0101', state: 'OR', tin: '93-1234567', medicaidId: undefined },
    });
  });

  it('says what is missing, field by field, and keeps what was typed', () => {
    const result = parseJoinRequest({ ...valid, name: ' ', specialty: '', phone: '', email: '', npi: '', tin: '', zip: '', street: '', city: '', state: '' });
    expect(result).toMatchObject({
      ok: false,
      errors: {
        name: 'required',
        specialty: 'required',
        phone: 'required',
        email: 'required',
        npi: 'required',
        tin: 'required',
        zip: 'required',
        street: 'required',
        city: 'required',
        state: 'required',
      },
      values: { fax: '541.555.0101', name: ' ' },
    });
  });

  it('tells a wrong NPI length from a wrong check digit, like a credentialing clerk would', () => {
    expect(parseJoinRequest({ ...valid, npi: '123456789' })).toMatchObject({ ok: false, errors: { npi: 'format' } });
    expect(parseJoinRequest({ ...valid, npi: '1234567890' })).toMatchObject({ ok: false, errors: { npi: 'check-digit' } });
  });

  it('refuses malformed numbers, addresses and codes', () => {
    const result = parseJoinRequest({
      ...valid,
      phone: '555-0100',
      fax: '911-555-0100',
      email: 'office@',
      specialty: 'X',
      tin: '07-1234567',
      state: 'ZZ',
      zip: '9750',
      medicaidId: '12',
    });
    expect(result).toMatchObject({
      ok: false,
      errors: {
        phone: 'invalid',
        fax: 'invalid',
        email: 'invalid',
        specialty: 'invalid',
        tin: 'invalid',
        state: 'invalid',
        zip: 'invalid',
        medicaidId: 'invalid',
      },
    });
    expect(parseJoinRequest({ ...valid, name: 'x'.repeat(201) })).toMatchObject({ ok: false, errors: { name: 'too-long' } });
  });

  it('never throws, whatever a script sends', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...joinFields, 'other'), fc.oneof(fc.string({ unit: 'binary' }), fc.integer(), fc.constant(null))), (body) => {
        const result = parseJoinRequest(body);
        if (!result.ok) for (const field of joinFields) expect(typeof result.values[field]).toBe('string');
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
