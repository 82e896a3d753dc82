import { describe, expect, it } from 'vitest';
import { parseDate } from './dates';

const range = (value: string) => {
  const { prefix, start, end } = parseDate('_lastUpdated', value);
  return [prefix, start.toISOString(), end.toISOString()];
};

describe('FHIR date search values', () => {
  it('reads each precision as the range it stands for, in UTC when no zone is given', () => {
    expect(range('2020')).toEqual(['eq', '2020-01-01T00:00:00.000Z', '2021-01-01T00:00:00.000Z']);
    expect(range('ge2020-02')).toEqual(['ge', '2020-02-01T00:00:00.000Z', '2020-03-01T00:00:00.000Z']);
    expect(range('lt2020-12-31')).toEqual(['lt', '2020-12-31T00:00:00.000Z', '2021-01-01T00:00:00.000Z']);
    expect(range('gt2020-08-17T10:03:10Z')).toEqual(['gt', '2020-08-17T10:03:10.000Z', '2020-08-17T10:03:11.000Z']);
    expect(range('2020-08-17T10:03:10-07:00')).toEqual(['eq', '2020-08-17T17:03:10.000Z', '2020-08-17T17:03:11.000Z']);
    expect(range('sa2020-08-17T10:03Z')).toEqual(['sa', '2020-08-17T10:03:00.000Z', '2020-08-17T10:04:00.000Z']);
    // A time without a zone (R4: it SHOULD have one) is read in UTC, like a date without a time.
    expect(range('2020-07-07T13:26:22')).toEqual(['eq', '2020-07-07T13:26:22.000Z', '2020-07-07T13:26:23.000Z']);
    expect(range('ge2020-07-07T13:26')).toEqual(['ge', '2020-07-07T13:26:00.000Z', '2020-07-07T13:27:00.000Z']);
  });

  it.each(['2020-13', '2021-02-29', '2020-02-30', '20201', 'yesterday', 'xx2020', '2020-01-01T25:00:00Z', '2020-01-01T10', '2020-01-01T10:00:00+15:00', ''])(
    'refuses %j with a message naming the parameter',
    (value) => {
      expect(() => parseDate('_lastUpdated', value)).toThrow(/^_lastUpdated: .* is not a FHIR date/);
    },
  );

  it('accepts a leap day only in a leap year', () => {
    expect(range('2024-02-29')[1]).toBe('2024-02-29T00:00:00.000Z');
  });
});
