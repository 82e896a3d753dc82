import { describe, expect, it } from 'vitest';
import { refererPagePath, safePagePath } from './page-path';

describe('safePagePath', () => {
  it.each(['/en', '/es/primary-care', '/en/find-a-provider/role-123', '/en/handouts/medical%20equipment'])('keeps %s', (path) => {
    expect(safePagePath(path)).toBe(path);
  });
  it.each([
    '',
    'en/contact',
    '//evil.example/x',
    '/en//x',
    '/en?q=ana',
    '/en#top',
    'https://example.org/en',
    '/en/\\x',
    '/en/ x',
    '/'.padEnd(301, 'a'),
    null,
    7,
  ])('refuses %j', (path) => {
    expect(safePagePath(path)).toBeUndefined();
  });
});

describe('refererPagePath', () => {
  it('keeps only the path of a page on this site', () => {
    expect(refererPagePath('https://members.example.org/es/contact?x=1#a', 'https://members.example.org')).toBe('/es/contact');
    expect(refererPagePath('https://elsewhere.example/es/contact', 'https://members.example.org')).toBeUndefined();
    expect(refererPagePath('not a url', 'https://members.example.org')).toBeUndefined();
    expect(refererPagePath(null, 'https://members.example.org')).toBeUndefined();
  });
});
