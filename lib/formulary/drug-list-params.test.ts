import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drugListHref, MAX_DRUG_QUERY_LENGTH, parseDrugListParams, type RawDrugListParams } from './drug-list-params';

describe('parseDrugListParams', () => {
  it('shows the bare page, not results, when the address holds no search', () => {
    expect(parseDrugListParams({})).toEqual({ query: '', submitted: false, searchable: false, problems: [] });
    expect(parseDrugListParams({ utm_source: 'sms', name: 'metformin' }).submitted).toBe(false);
  });

  it('searches what the member typed, tidied', () => {
    expect(parseDrugListParams({ q: '  metformin   500\tmg ' })).toEqual({ query: 'metformin 500 mg', submitted: true, searchable: true, problems: [] });
    expect(parseDrugListParams({ q: 'acetaminofén' }).query).toBe('acetaminofén');
  });

  it('takes the last value of a repeated q, as a browser appends it', () => {
    expect(parseDrugListParams({ q: ['aspirin', 'ibuprofen'] }).query).toBe('ibuprofen');
  });

  it('asks for a name when the box was sent empty', () => {
    expect(parseDrugListParams({ q: '   ' })).toMatchObject({ submitted: true, searchable: false, problems: ['empty'] });
  });

  it('refuses a control character and shows the rest of what was typed', () => {
    expect(parseDrugListParams({ q: 'met\u0000for\u0007min' })).toEqual({
      query: 'metformin',
      submitted: true,
      searchable: false,
      problems: ['control-characters'],
    });
  });

  it('shows a query that is too long without searching it', () => {
    const long = 'x'.repeat(MAX_DRUG_QUERY_LENGTH + 1);
    expect(parseDrugListParams({ q: long })).toEqual({ query: long, submitted: true, searchable: false, problems: ['too-long'] });
    expect(parseDrugListParams({ q: 'x'.repeat(MAX_DRUG_QUERY_LENGTH) }).searchable).toBe(true);
  });
});

const fieldValue = (meaningful: readonly string[]) => {
  const one = fc.oneof(fc.constantFrom(...meaningful), fc.string({ unit: 'binary' }), fc.string({ unit: 'binary-ascii', maxLength: 4 }));
  return fc.oneof(one, fc.array(one, { maxLength: 4 }));
};

const rawParams: fc.Arbitrary<RawDrugListParams> = fc
  .record(
    { q: fieldValue(['metformin', 'metformn', 'acetaminofén', '  Glucophage ', '%', "'; DROP TABLE", 'q'.repeat(MAX_DRUG_QUERY_LENGTH + 1)]) },
    { requiredKeys: [] },
  )
  .chain((known) => fc.dictionary(fc.string({ unit: 'binary' }), fieldValue([''])).map((extra) => ({ ...extra, ...known })));

describe('parseDrugListParams on anything a URL can carry', () => {
  it('never throws, never searches text with a control character or beyond the limit, and shows tidy text', () => {
    fc.assert(
      fc.property(rawParams, (raw) => {
        const parsed = parseDrugListParams(raw);
        expect(parsed.query).toBe(parsed.query.trim());
        expect(parsed.query).not.toMatch(/\s\s|[^\S ]|[\u0000-\u001f\u007f]/u);
        expect(parsed.submitted).toBe(raw.q !== undefined);
        expect(parsed.searchable).toBe(parsed.submitted && parsed.problems.length === 0);
        if (parsed.searchable) expect(parsed.query.length).toBeGreaterThan(0);
        expect(parsed.problems.includes('too-long')).toBe(parsed.query.length > MAX_DRUG_QUERY_LENGTH);
        expect(new Set(parsed.problems).size).toBe(parsed.problems.length);
      }),
      { numRuns: 500 },
    );
  });

  it('writes links that load the same search', () => {
    fc.assert(
      fc.property(rawParams, (raw) => {
        const parsed = parseDrugListParams(raw);
        const href = drugListHref(parsed.query);
        const again = parseDrugListParams(Object.fromEntries(new URLSearchParams(href.slice(1))));
        expect(again.query).toBe(parsed.query);
      }),
      { numRuns: 300 },
    );
  });
});
