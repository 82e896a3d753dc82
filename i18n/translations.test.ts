import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import { getTranslations } from './translations';

describe('getTranslations (one translator per process, language and namespace)', () => {
  it('says what next-intl says for the same messages, in each language, plurals and numbers included', async () => {
    for (const [locale, messages] of [
      ['en', en],
      ['es', es],
    ] as const) {
      const ours = await getTranslations({ locale, namespace: 'ProviderSearch' });
      const theirs = createTranslator({ locale, messages, namespace: 'ProviderSearch' });
      for (const count of [0, 1, 2, 1234]) expect(ours('resultCount', { count })).toBe(theirs('resultCount', { count }));
      expect(ours('title')).toBe(theirs('title'));
    }
    expect((await getTranslations({ locale: 'es', namespace: 'ProviderSearch' }))('title')).not.toBe(
      (await getTranslations({ locale: 'en', namespace: 'ProviderSearch' }))('title'),
    );
  });

  it('keeps the translator it made: the same one answers the next request', async () => {
    const first = await getTranslations({ locale: 'en', namespace: 'SiteSearch' });
    expect(await getTranslations({ locale: 'en', namespace: 'SiteSearch' })).toBe(first);
    expect(await getTranslations({ locale: 'es', namespace: 'SiteSearch' })).not.toBe(first);
    const whole = await getTranslations({ locale: 'en' });
    expect(whole('SiteSearch.title')).toBe(first('title'));
  });
});
