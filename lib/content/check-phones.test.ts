import { describe, expect, it } from 'vitest';
import { linkProblem } from './check-links';
import { findPhoneNumbers, phoneDigits } from './check-phones';

describe('findPhoneNumbers', () => {
  it.each([
    ['Call 541-500-0567.', '541-500-0567'],
    ['Call (541) 500-0567.', '(541) 500-0567'],
    ['Call (541)500-0567.', '(541)500-0567'],
    ['Call 1-855-722-8208.', '1-855-722-8208'],
    ['Call +1 541 500 0567.', '+1 541 500 0567'],
    ['Call 541.500.0567.', '541.500.0567'],
    ['Rule 410-141-3960 (a rule number without "OAR" looks like a phone).', '410-141-3960'],
  ])('finds %j', (text, found) => {
    expect(findPhoneNumbers(text).map((match) => match.text)).toEqual([found]);
  });

  it.each([
    'Call 911 or 988, TTY 711.',
    'Reviewed 2026-11-20.',
    'Member ID 12345678901234.',
    'Zip 97501, suite 215.',
    '[call](tel:+1-541-500-0567)',
    'Oregon rule OAR 410-141-3960 sets the mileage rate.',
  ])('does not flag %j', (text) => {
    expect(findPhoneNumbers(text)).toEqual([]);
  });

  it('gives lines from the first line given and the ten digits', () => {
    expect(findPhoneNumbers('a\nb 1-855-722-8208', 5)).toEqual([{ line: 6, column: 3, text: '1-855-722-8208', digits: '8557228208' }]);
    expect(phoneDigits('+1 (541) 500-0567')).toBe('5415000567');
  });
});

describe('linkProblem', () => {
  const known = new Set(['/', '/contact', '/handouts/medical-equipment']);
  it.each([
    ['/contact', undefined],
    ['/contact/#hours', undefined],
    ['/', undefined],
    ['#top', undefined],
    ['https://oregon.gov', undefined],
    ['mailto:help@example.org', undefined],
    ['/es', 'leave out the language: write / instead of /es'],
    ['/en/handouts/medical-equipment', 'leave out the language: write /handouts/medical-equipment'],
    ['/english-classes', 'there is no page at /english-classes'],
    ['/nope', 'there is no page at /nope'],
    ['http://oregon.gov', 'use https://'],
    ['//oregon.gov', 'starting with https://'],
    ['contact', 'start links to pages on this site with /'],
    ['tel:5415000567', 'use <Phone name="..." />'],
  ])('%s', (url, problem) => {
    const result = linkProblem(url, known);
    if (problem === undefined) expect(result).toBeUndefined();
    else expect(result).toContain(problem);
  });
});
