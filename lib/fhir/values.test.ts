import { describe, expect, it } from 'vitest';
import { parseReference, parseToken, splitAlternatives } from './values';

describe('FHIR search values', () => {
  it('splits alternatives on unescaped commas only', () => {
    expect(splitAlternatives('name', 'smith,jones')).toEqual(['smith', 'jones']);
    expect(splitAlternatives('name', 'smith\\, jr,jones')).toEqual(['smith, jr', 'jones']);
    expect(() => splitAlternatives('name', 'smith,')).toThrow('name: empty value.');
  });

  it('reads tokens as any system, a system, or no system', () => {
    expect(parseToken('specialty', '207R00000X')).toEqual({ system: undefined, code: '207R00000X' });
    expect(parseToken('specialty', 'http://nucc.org/provider-taxonomy|207R00000X')).toEqual({
      system: 'http://nucc.org/provider-taxonomy',
      code: '207R00000X',
    });
    expect(parseToken('specialty', '|207R00000X')).toEqual({ system: null, code: '207R00000X' });
    expect(parseToken('specialty', 'http://nucc.org/provider-taxonomy|')).toEqual({ system: 'http://nucc.org/provider-taxonomy', code: undefined });
    expect(() => parseToken('specialty', 'a|b|c')).toThrow('at most one');
  });

  it('reads references as id, Type/id or a URL, and refuses another type', () => {
    expect(parseReference('location', 'abc-1', 'Location')).toBe('abc-1');
    expect(parseReference('location', 'Location/abc-1', 'Location')).toBe('abc-1');
    expect(parseReference('location', 'https://other.example/fhir/Location/abc-1', 'Location')).toBe('abc-1');
    expect(() => parseReference('location', 'Organization/abc-1', 'Location')).toThrow('refers to Location, not Organization');
    expect(() => parseReference('location', "' OR 1=1--", 'Location')).toThrow('is not a reference');
  });
});
