import { beforeAll, describe, expect, it } from 'vitest';
import { buildSiteIndex, type SiteIndex } from './site-index';

describe("the site's own words", { timeout: 60_000 }, () => {
  let english: SiteIndex;
  let spanish: SiteIndex;
  beforeAll(async () => {
    [english, spanish] = await Promise.all([buildSiteIndex('en'), buildSiteIndex('es')]);
  }, 60_000);

  it('cover a search made only of words from the pages and the search words file, in any form', () => {
    expect(english.vocabulary.covers('ride to the doctor')).toBe(true);
    expect(english.vocabulary.covers('rides to the doctors')).toBe(true);
    expect(english.vocabulary.covers('meds')).toBe(true);
    expect(spanish.vocabulary.covers('transporte al médico')).toBe(true);
    expect(spanish.vocabulary.covers('transporte al medico')).toBe(true);
  });

  it('do not cover a search with a word the site never uses: a name, a diagnosis', () => {
    expect(english.vocabulary.covers('zoltan kowalczyk syphilis')).toBe(false);
    expect(english.vocabulary.covers('dentist kowalczyk')).toBe(false);
    expect(spanish.vocabulary.covers('médico zoltan')).toBe(false);
    expect(english.vocabulary.covers('')).toBe(false);
  });
});
