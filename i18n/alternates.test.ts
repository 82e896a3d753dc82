import { describe, expect, it } from 'vitest';
import { localeAlternates, localePath } from './alternates';

describe('language alternates', () => {
  it('puts the language first in every path, the home page included', () => {
    expect(localePath('es', '/')).toBe('/es');
    expect(localePath('es', '/providers/join')).toBe('/es/providers/join');
  });

  it("links every language and an English x-default, with the page's own canonical", () => {
    expect(localeAlternates('es', '/feedback')).toEqual({
      canonical: '/es/feedback',
      languages: { en: '/en/feedback', es: '/es/feedback', 'x-default': '/en/feedback' },
    });
  });
});
