import { describe, expect, it } from 'vitest';
import { formatFileSize } from './handout-list';
import { localizeHref } from './content-link';

describe('localizeHref', () => {
  it.each([
    ['/', 'es', '/es'],
    ['/contact', 'en', '/en/contact'],
    ['/handouts/medical-equipment#top', 'es', '/es/handouts/medical-equipment#top'],
    ['https://www.oregon.gov/oha', 'es', 'https://www.oregon.gov/oha'],
    ['//evil.example/x', 'en', '//evil.example/x'],
    ['#taglines', 'en', '#taglines'],
  ] as const)('%s in %s → %s', (href, locale, expected) => {
    expect(localizeHref(href, locale)).toBe(expected);
  });
});

describe('formatFileSize', () => {
  it('shows kilobytes and megabytes the way each language writes them', () => {
    expect(formatFileSize(245_000, 'en')).toBe('245 kB');
    expect(formatFileSize(1_450_000, 'en')).toBe('1.5 MB');
    expect(formatFileSize(1_450_000, 'es')).toBe('1,5 MB');
    expect(formatFileSize(120, 'en')).toBe('1 kB');
  });
});
