import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accessibilityChoices,
  ageChoices,
  careKinds,
  defaultDistance,
  distanceChoices,
  genderChoices,
  MAX_NAME_LENGTH,
  MAX_PAGE,
  MAX_PLACE_LENGTH,
  patientChoices,
  specialistCodes,
} from './options';
import { acceptingOnly, changeSearchHref, parseSearchParams, searchHref, type RawSearchParams, type SearchProblem, type SearchQuery } from './params';

/** What the next page load parses from a link: `searchHref` written into the address bar and read back. */
function followLink(query: SearchQuery, changes?: Partial<SearchQuery>) {
  const href = searchHref(query, changes);
  expect(href.startsWith('?')).toBe(true);
  const params = new URLSearchParams(href.slice(1));
  return parseSearchParams({ ...Object.fromEntries(params), access: params.getAll('access') });
}

const queryOf = (raw: RawSearchParams) => parseSearchParams(raw).query;

describe('parseSearchParams', () => {
  it('shows the form, not results, on a first visit or when only unrelated keys are in the address', () => {
    expect(parseSearchParams({})).toEqual({
      query: {
        care: null,
        specialty: null,
        place: '',
        miles: defaultDistance,
        patients: 'new',
        language: null,
        interpreter: false,
        asl: false,
        gender: null,
        telehealth: false,
        access: [],
        name: '',
        page: 1,
        ages: null,
        sort: 'distance',
      },
      problems: [],
      submitted: false,
      refused: false,
      changing: false,
    });
    const tracking = parseSearchParams({ utm_source: 'sms', fbclid: 'abc', ref: ['a', 'b'] });
    expect(tracking.submitted).toBe(false);
    expect(tracking.problems).toEqual([]);
  });

  it('counts a search as submitted once any search field is in the address, even empty', () => {
    expect(parseSearchParams({ care: 'dental' }).submitted).toBe(true);
    expect(parseSearchParams({ near: '' }).submitted).toBe(true);
    expect(parseSearchParams({ page: '2', utm_source: 'sms' }).submitted).toBe(true);
  });

  it('opens "Change search" with the whole search kept, from page 1, and never for an empty address', () => {
    const query = queryOf({ care: 'primary-care', near: '97501', miles: '25', lang: 'es', access: ['ramp'], sort: 'name', page: '3' });
    const params = new URLSearchParams(changeSearchHref(query).slice(1));
    const parsed = parseSearchParams({ ...Object.fromEntries(params), access: params.getAll('access') });
    expect(parsed.changing).toBe(true);
    expect(parsed.query).toEqual({ ...query, page: 1 });
    // The form's own GET carries no "change", so submitting it shows results again.
    expect(followLink(parsed.query).changing).toBe(false);
    expect(parseSearchParams({ change: '1' })).toMatchObject({ submitted: false, changing: false });
    expect(parseSearchParams({ care: 'dental', change: 'yes' }).changing).toBe(false);
  });

  it('reads a full search from the form', () => {
    const parsed = parseSearchParams({
      care: 'pregnancy',
      near: '97501',
      miles: '25',
      patients: 'any',
      lang: 'ES',
      interpreter: '1',
      asl: 'on',
      gender: 'female',
      telehealth: 'true',
      access: ['restroom', 'entrance'],
      name: 'Ortega',
      page: '3',
      ages: ' Adults ',
      sort: 'name',
    });
    expect(parsed.problems).toEqual([]);
    expect(parsed.submitted).toBe(true);
    expect(parsed.query).toEqual({
      care: 'pregnancy',
      specialty: null,
      place: '97501',
      miles: 25,
      patients: 'any',
      language: 'es',
      interpreter: true,
      asl: true,
      gender: 'female',
      telehealth: true,
      access: ['entrance', 'restroom'],
      name: 'Ortega',
      page: 3,
      ages: 'adults',
      sort: 'name',
    });
    expect(acceptingOnly(parsed.query)).toBe(false);
  });

  it.each<[string, RawSearchParams, Partial<SearchQuery>]>([
    ['care', { care: 'chiropractic' }, { care: null, specialty: null }],
    ['care (a NUCC code that is not a specialist choice)', { care: '207Q00000X' }, { care: null, specialty: null }],
    ['miles', { near: '97501', miles: '7' }, { miles: defaultDistance }],
    ['miles (not a number)', { near: '97501', miles: 'far' }, { miles: defaultDistance }],
    ['gender', { gender: 'other' }, { gender: null }],
    ['patients', { patients: 'maybe' }, { patients: 'new' }],
    ['access', { access: 'elevator' }, { access: [] }],
    ['lang', { lang: 'Spanish' }, { language: null }],
    ['a yes/no setting', { telehealth: 'yes' }, { telehealth: false }],
    ['ages', { ages: 'seniors' }, { ages: null }],
  ])('drops an unknown %s value and reports it as an ignored setting', (_name, raw, expected) => {
    const parsed = parseSearchParams(raw);
    expect(parsed.query).toMatchObject(expected);
    expect(parsed.problems).toEqual(['ignored-setting']);
  });

  it('reads who the care is for, and lists places by their care kind', () => {
    expect(queryOf({ ages: 'children' }).ages).toBe('children');
    expect(queryOf({ ages: '' }).ages).toBeNull();
    expect(searchHref(queryOf({ care: 'primary-care', ages: 'adults' }))).toContain('ages=adults');
    for (const care of ['urgent-care', 'emergency', 'hospital', 'pharmacy', 'lab']) expect(queryOf({ care, near: '97501' }).care).toBe(care);
  });

  it('keeps the known access features when one of them is unknown', () => {
    const parsed = parseSearchParams({ access: ['parking', 'elevator', 'entrance'] });
    expect(parsed.query.access).toEqual(['entrance', 'parking']);
    expect(parsed.problems).toEqual(['ignored-setting']);
  });

  it('reads the off values of a yes/no setting without complaint', () => {
    const parsed = parseSearchParams({ interpreter: '0', asl: 'false', telehealth: '' });
    expect(parsed.query).toMatchObject({ interpreter: false, asl: false, telehealth: false });
    expect(parsed.problems).toEqual([]);
  });

  it('treats a specialist code in `care` as "a specialist" of that kind', () => {
    const parsed = parseSearchParams({ care: ' 207RC0000X ' });
    expect(parsed.query).toMatchObject({ care: 'specialist', specialty: '207RC0000X' });
    expect(parsed.problems).toEqual([]);
    expect(queryOf({ care: 'specialist' })).toMatchObject({ care: 'specialist', specialty: null });
    for (const code of specialistCodes) expect(queryOf({ care: code })).toMatchObject({ care: 'specialist', specialty: code });
  });

  it('looks for people taking new patients unless the member asks for everyone', () => {
    for (const care of [undefined, ...careKinds]) {
      const query = queryOf(care ? { care } : { near: '97501' });
      expect(query.patients).toBe('new');
      expect(acceptingOnly(query)).toBe(true);
    }
    expect(queryOf({ care: 'dental', patients: 'any' }).patients).toBe('any');
  });

  it('takes the last value of a repeated field', () => {
    expect(
      queryOf({
        care: ['dental', 'pediatrics'],
        miles: ['5', '50'],
        near: ['Ashland', 'Medford'],
        gender: ['male', 'female'],
        page: ['4', '2'],
        name: ['Ortega', 'Nguyen'],
      }),
    ).toMatchObject({ care: 'pediatrics', miles: 50, place: 'Medford', gender: 'female', page: 2, name: 'Nguyen' });
    expect(queryOf({ telehealth: ['1', '0'] }).telehealth).toBe(false);
    expect(queryOf({ telehealth: ['0', '1'] }).telehealth).toBe(true);
    // A later unknown value replaces an earlier good one rather than falling back to it.
    const parsed = parseSearchParams({ care: ['dental', 'nonsense'] });
    expect(parsed.query.care).toBeNull();
    expect(parsed.problems).toEqual(['ignored-setting']);
  });

  it('de-duplicates access features and lists them in the order the form does', () => {
    const parsed = parseSearchParams({ access: ['restroom', 'entrance', 'restroom', '', 'pubtrans', 'entrance'] });
    expect(parsed.query.access).toEqual(['entrance', 'restroom', 'pubtrans']);
    expect(parsed.problems).toEqual([]);
    expect(queryOf({ access: [...accessibilityChoices].reverse() }).access).toEqual([...accessibilityChoices]);
  });

  it('trims the name and place and collapses their inner whitespace', () => {
    const query = queryOf({ name: '  María \t José\n Ortega  ', near: '  white   city,\u00a0or ' });
    expect(query.name).toBe('María José Ortega');
    expect(query.place).toBe('white city, or');
    expect(queryOf({ name: '   ', near: '\n' })).toMatchObject({ name: '', place: '' });
  });

  it('keeps a name or place that is too long as typed, so the form can show it, and says so', () => {
    const longName = 'Ortega '.repeat(12).trim();
    expect(longName.length).toBeGreaterThan(MAX_NAME_LENGTH);
    const longPlace = 'Medford '.repeat(8).trim();
    expect(longPlace.length).toBeGreaterThan(MAX_PLACE_LENGTH);
    const parsed = parseSearchParams({ name: `  ${longName}  `, near: longPlace });
    expect(parsed.query.name).toBe(longName);
    expect(parsed.query.place).toBe(longPlace);
    expect(parsed.problems.toSorted()).toEqual(['name-too-long', 'place-too-long']);
  });

  it('refuses a search with a control character in any value, keeping the rest of what was typed', () => {
    const nul = parseSearchParams({ name: 'a\u0000b', near: '97501' });
    expect(nul.refused).toBe(true);
    expect(nul.problems).toEqual(['control-characters']);
    expect(nul.query).toMatchObject({ name: 'ab', place: '97501' });
    expect(parseSearchParams({ care: 'dental', miles: ['10', '5\u0001'] }).refused).toBe(true);
    expect(parseSearchParams({ utm_source: 'x\u001b' }).refused).toBe(true);
    const whitespace = parseSearchParams({ name: ' smith\tjones\r\n' });
    expect(whitespace.refused).toBe(false);
    expect(whitespace.query.name).toBe('smith jones');
  });

  it('accepts a name and place exactly at the limit, counting after the whitespace is tidied', () => {
    const name = 'a'.repeat(MAX_NAME_LENGTH);
    const place = 'b'.repeat(MAX_PLACE_LENGTH);
    const parsed = parseSearchParams({ name: `   ${name}   `, near: `\t${place}\t` });
    expect(parsed.query).toMatchObject({ name, place });
    expect(parsed.problems).toEqual([]);
    expect(parseSearchParams({ name: `${name}b` }).problems).toEqual(['name-too-long']);
    expect(parseSearchParams({ near: `${place}b` }).problems).toEqual(['place-too-long']);
  });

  it.each<[string, number, SearchProblem[]]>([
    ['2', 2, []],
    [' 7 ', 7, []],
    ['', 1, []],
    ['0', 1, []],
    ['abc', 1, ['ignored-setting']],
    ['-3', 1, ['ignored-setting']],
    ['2.5', 1, ['ignored-setting']],
    ['1e3', 1, ['ignored-setting']],
    [String(MAX_PAGE), MAX_PAGE, []],
    [String(MAX_PAGE + 1), MAX_PAGE, ['page-too-far']],
    ['999999', MAX_PAGE, ['page-too-far']],
  ])('reads page=%j as page %i', (page, expected, problems) => {
    const parsed = parseSearchParams({ page });
    expect(parsed.query.page).toBe(expected);
    expect(parsed.problems).toEqual(problems);
  });

  it('reports each kind of problem once', () => {
    const parsed = parseSearchParams({ care: 'x', miles: 'y', gender: 'z', access: ['a', 'b'], page: 'q' });
    expect(parsed.problems).toEqual(['ignored-setting']);
  });
});

describe('searchHref', () => {
  const search = queryOf({
    care: '2084N0400X',
    near: 'White City',
    miles: '25',
    patients: 'any',
    lang: 'vi',
    interpreter: '1',
    asl: '1',
    gender: 'male',
    telehealth: '1',
    access: ['exam-table', 'entrance'],
    name: 'Nguyễn Văn',
    page: '6',
  });

  it('writes a link that loads the same search, back on the first page', () => {
    const next = followLink(search);
    expect(next.problems).toEqual([]);
    expect(next.submitted).toBe(true);
    expect(next.query).toEqual({ ...search, page: 1 });
  });

  it('keeps the page when the link is for a page', () => {
    expect(followLink(search, { page: 7 }).query).toEqual({ ...search, page: 7 });
    expect(searchHref(search, { page: 7 })).toContain('page=7');
  });

  it('applies the changes a "loosen this filter" link asks for', () => {
    expect(followLink(search, { gender: null, access: [] }).query).toEqual({ ...search, gender: null, access: [], page: 1 });
    expect(followLink(search, { care: 'dental', specialty: null }).query).toMatchObject({ care: 'dental', specialty: null });
  });

  it('leaves defaults out of the link, but always says whether to show only people taking new patients', () => {
    expect(searchHref(queryOf({}))).toBe('?patients=new');
    expect(searchHref(queryOf({ near: '97501', miles: String(defaultDistance) }))).toBe('?near=97501&patients=new');
    expect(followLink(queryOf({})).submitted).toBe(true);
  });

  it('keeps text that needs escaping intact', () => {
    const query = queryOf({ name: "O'Brien & Sons #1 = 100% José+María", near: 'Medford, OR' });
    expect(followLink(query).query).toEqual(query);
  });

  it('keeps a name or place that is too long, so the next page explains it again', () => {
    const query = queryOf({ name: 'x'.repeat(MAX_NAME_LENGTH + 5), near: 'y'.repeat(MAX_PLACE_LENGTH + 5) });
    const next = followLink(query);
    expect(next.query).toEqual(query);
    expect(next.problems.toSorted()).toEqual(['name-too-long', 'place-too-long']);
  });
});

/** Any value of a query-string field: often a meaningful one, sometimes arbitrary text, sometimes repeated. */
function fieldValue(meaningful: readonly string[]) {
  const one = fc.oneof(fc.constantFrom(...meaningful), fc.string({ unit: 'binary' }), fc.string({ unit: 'binary-ascii', maxLength: 4 }));
  return fc.oneof(one, fc.array(one, { maxLength: 4 }));
}

const rawSearchParams: fc.Arbitrary<RawSearchParams> = fc
  .record(
    {
      care: fieldValue([...careKinds, ...specialistCodes, '207Q00000X']),
      near: fieldValue(['97501', 'Medford', ' white  city ', 'x'.repeat(MAX_PLACE_LENGTH + 1)]),
      miles: fieldValue(distanceChoices.map(String)),
      patients: fieldValue(patientChoices),
      lang: fieldValue(['es', 'ASE', 'english', ' vi ']),
      interpreter: fieldValue(['1', '0', 'on', 'true', 'false']),
      asl: fieldValue(['1', 'on']),
      gender: fieldValue(genderChoices),
      telehealth: fieldValue(['1', 'true']),
      access: fieldValue(accessibilityChoices),
      name: fieldValue(['José', '  garsia  ', 'n'.repeat(MAX_NAME_LENGTH + 1)]),
      page: fieldValue(['1', '2', '0', String(MAX_PAGE + 1), '-1', ' 3 ']),
      ages: fieldValue([...ageChoices, 'both', 'CHILDREN']),
      sort: fieldValue(['distance', 'name', 'price', 'NAME']),
    },
    { requiredKeys: [] },
  )
  .chain((known) => fc.dictionary(fc.string({ unit: 'binary' }), fieldValue([''])).map((extra) => ({ ...extra, ...known })));

const problemKinds: readonly SearchProblem[] = ['ignored-setting', 'name-too-long', 'place-too-long', 'page-too-far', 'control-characters'];

describe('parseSearchParams on anything a URL can carry', () => {
  it('never throws and only ever returns settings the form offers', () => {
    fc.assert(
      fc.property(rawSearchParams, (raw) => {
        const { query, problems } = parseSearchParams(raw);
        expect(query.care === null || careKinds.includes(query.care)).toBe(true);
        if (query.specialty !== null) {
          expect(specialistCodes).toContain(query.specialty);
          expect(query.care).toBe('specialist');
        }
        expect(distanceChoices).toContain(query.miles);
        expect(patientChoices).toContain(query.patients);
        expect(query.gender === null || genderChoices.includes(query.gender)).toBe(true);
        expect(query.language === null || /^[a-z]{2,3}$/.test(query.language)).toBe(true);
        expect(query.access).toEqual(accessibilityChoices.filter((choice) => query.access.includes(choice)));
        expect(typeof query.interpreter === 'boolean' && typeof query.asl === 'boolean' && typeof query.telehealth === 'boolean').toBe(true);
        expect(Number.isInteger(query.page) && query.page >= 1 && query.page <= MAX_PAGE).toBe(true);
        expect(query.ages === null || ageChoices.includes(query.ages)).toBe(true);
        expect(['distance', 'name']).toContain(query.sort);
        for (const text of [query.name, query.place]) {
          expect(text).toBe(text.trim());
          expect(text).not.toMatch(/\s\s|[^\S ]/);
        }
        expect(problems.includes('name-too-long')).toBe(query.name.length > MAX_NAME_LENGTH);
        expect(problems.includes('place-too-long')).toBe(query.place.length > MAX_PLACE_LENGTH);
        expect(new Set(problems).size).toBe(problems.length);
        for (const problem of problems) expect(problemKinds).toContain(problem);
      }),
      { numRuns: 500 },
    );
  });

  it('writes links that load the same search, distance included', () => {
    fc.assert(
      fc.property(rawSearchParams, fc.integer({ min: 1, max: MAX_PAGE }), (raw, page) => {
        const { query } = parseSearchParams(raw);
        const expected = query;
        expect(followLink(query).query).toEqual({ ...expected, page: 1 });
        expect(followLink(query, { page }).query).toEqual({ ...expected, page });
      }),
      { numRuns: 300 },
    );
  });
});
