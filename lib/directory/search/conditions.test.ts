import { describe, expect, it } from 'vitest';
import type { Prisma } from '@/lib/generated/prisma/client';
import { COUNT_CAP, countSql, listingConditions, listingPageSql, nameThresholdSql, NAME_SIMILARITY_THRESHOLD, nearbyPairsSql, planSearch } from './conditions';
import { careKindCodes, MAX_NAME_LENGTH, RESULTS_PER_PAGE } from './options';
import { parseSearchParams, type RawSearchParams } from './params';
import type { Place } from './place';

const medford: Place = { label: '97501 (Medford)', latitude: 42.2818, longitude: -122.9054 };
const METERS_PER_MILE = 1609.344;

const planFor = (raw: RawSearchParams, place: Place | null = null) => planSearch(parseSearchParams(raw).query, place);
/** The page query the search runs: nearest pairs with a place, else the listing page. */
const sqlFor = (raw: RawSearchParams, place: Place | null = null) => {
  const plan = planFor(raw, place);
  return plan.place ? nearbyPairsSql({ ...plan, place: plan.place }, 40) : listingPageSql(plan);
};
const whereOf = (raw: RawSearchParams, place: Place | null = null) => {
  const text = countSql(planFor(raw, place)).sql;
  return text.slice(text.indexOf('WHERE'));
};

/** Every `?` in the SQL has a value, and each value given is among them, not written into the text. */
function expectOnlyBound(sql: Prisma.Sql, userValues: readonly (string | number)[]) {
  expect(sql.sql.split('?').length - 1).toBe(sql.values.length);
  for (const value of userValues) {
    expect(sql.values).toContainEqual(value);
    if (typeof value === 'string') expect(sql.sql).not.toContain(`'${value}'`);
  }
}

describe('the page queries', () => {
  it('binds every value the member typed or picked, never splicing it into the SQL', () => {
    const sql = sqlFor(
      {
        care: '207RC0000X',
        near: '97501',
        miles: '25',
        lang: 'es',
        gender: 'female',
        access: ['restroom', 'entrance'],
        name: 'O\'Brien\'; DROP TABLE "Practitioner"; --',
      },
      medford,
    );
    expect(sql.sql).not.toMatch(/drop table|o'brien|--/i);
    expect(sql.values).toContain('o\'brien\'; drop table "practitioner"; --');
    expectOnlyBound(sql, ['207RC0000X', 'es', 'female', 'entrance', 'restroom', medford.latitude, medford.longitude, 25 * METERS_PER_MILE]);
  });

  it('binds even values that could only come from the code, so no quote in a future option can break out', () => {
    const sql = sqlFor({ care: 'behavioral-health' });
    expectOnlyBound(sql, careKindCodes['behavioral-health']);
  });

  it('cuts the page in the database: page size and offset of the page asked for', () => {
    for (const page of [1, 2, 7]) {
      const sql = sqlFor({ page: String(page) });
      expect(sql.sql).toMatch(/LIMIT \? OFFSET \?\s*$/);
      expect(sql.values.slice(-2)).toEqual([RESULTS_PER_PAGE, (page - 1) * RESULTS_PER_PAGE]);
    }
  });

  it('lists everything alphabetically by family name when there is neither a place nor a name', () => {
    const sql = sqlFor({ care: 'dental' });
    expect(sql.sql).toMatch(/ORDER BY s\."familyKey", s\."searchName", s\."roleId"\s+LIMIT/);
    expect(sql.sql).toContain('NULL::float8 AS meters');
  });

  it('lists the nearest first when there is a place, ordering offices by the index-served distance', () => {
    const sql = sqlFor({ care: 'dental', near: '97501', name: 'ortega' }, medford);
    // Only the distance: a second key would make PostgreSQL sort instead of reading the index in order.
    expect(sql.sql).toMatch(/ORDER BY ll_to_earth\(s\.latitude, s\.longitude\) <-> ll_to_earth\(\?, \?\)\s+LIMIT \?$/);
    expect(sql.sql).toMatch(/earth_distance\(ll_to_earth\(\?, \?\), ll_to_earth\(s\.latitude, s\.longitude\)\) AS meters/);
    expect(sql.values.slice(0, 2)).toEqual([medford.latitude, medford.longitude]);
    expect(sql.values.at(-1)).toBe(40);
  });

  it('lists the closest name match first when searching by name without a place', () => {
    const sql = sqlFor({ name: '  José   GARCÍA ' });
    expect(sql.sql).toMatch(
      /greatest\(word_similarity\(\?, s\."searchName"\), word_similarity\(\?, s\."organizationSearchName"\)\) AS rank[\s\S]*ORDER BY rank DESC, "familyKey"/,
    );
    expect(sql.values).toContain('jose garcia');
  });

  it('counts no further than the cap', () => {
    const sql = countSql(planFor({ care: 'dental' }));
    expect(sql.sql).toMatch(/LIMIT \?\) capped$/);
    expect(sql.values.at(-1)).toBe(COUNT_CAP + 1);
  });
});

describe('searchConditions', () => {
  it('reads one row per listing (its first open office) unless the search is about offices', () => {
    expect(whereOf({ patients: 'any' })).toMatch(/WHERE s\."firstOffice" AND s\.kind = 'practitioner'\s*LIMIT/);
    expect(listingConditions(planFor({ patients: 'any' })).map((condition) => condition.sql)).toEqual([`s.kind = 'practitioner'`]);
  });

  it('finds primary care by the role flag, not a list of codes', () => {
    const sql = countSql(planFor({ care: 'primary-care' }));
    expect(sql.sql).toContain('s."isPrimaryCare"');
    expect(sql.sql).not.toContain('specialtyCodes');
    expect(sql.values).toEqual([COUNT_CAP + 1]);
  });

  it('finds a kind of care by any of its codes, and a specialist by exactly one', () => {
    const pregnancy = countSql(planFor({ care: 'pregnancy' }));
    expect(pregnancy.sql).toMatch(/s\."specialtyCodes" && ARRAY\[\?(,\?)*\]::text\[\]/);
    expect(pregnancy.values).toEqual([...careKindCodes.pregnancy, COUNT_CAP + 1]);

    const cardiology = countSql(planFor({ care: '207RC0000X' }));
    expect(cardiology.sql).toMatch(/s\."specialtyCodes" @> ARRAY\[\?\]::text\[\]/);
    expect(cardiology.values).toEqual(['207RC0000X', COUNT_CAP + 1]);

    const anySpecialist = countSql(planFor({ care: 'specialist' }));
    expect(anySpecialist.values).toEqual([...careKindCodes.specialist, COUNT_CAP + 1]);
  });

  it('asks for offices within the distance, using the index-friendly box and then the exact distance', () => {
    const sql = countSql(planFor({ near: '97501', miles: '5' }, medford));
    const meters = 5 * METERS_PER_MILE;
    expect(sql.sql).toMatch(/earth_box\(ll_to_earth\(\?, \?\), \?\) @> ll_to_earth\(s\.latitude, s\.longitude\)/);
    expect(sql.sql).toMatch(/earth_distance\(ll_to_earth\(\?, \?\), ll_to_earth\(s\.latitude, s\.longitude\)\) <= \?/);
    // Counting listings among a bounded number of office rows.
    expect(sql.values).toEqual([medford.latitude, medford.longitude, meters, medford.latitude, medford.longitude, meters, 2 * (COUNT_CAP + 1)]);
  });

  it('reads every office row, and counts listings not rows, when a filter is about offices', () => {
    expect(countSql(planFor({ care: 'dental' })).sql).toContain('"firstOffice"');
    for (const [raw, place] of [
      [{ near: '97501' }, medford],
      [{ access: 'entrance' }, null],
    ] as const) {
      const text = countSql(planFor(raw, place)).sql;
      expect(text).not.toContain('"firstOffice"');
      expect(text).toMatch(/^SELECT count\(DISTINCT role_id\)/);
    }
  });

  it('ignores a place that was not found: no distance filter and no office needed', () => {
    const text = countSql(planFor({ near: 'Atlantis' }, null)).sql;
    expect(text).not.toMatch(/earth_/);
    expect(text).toContain('"firstOffice"');
  });

  it("matches a name by word similarity on the normalized name, the listing's or its organization's", () => {
    const sql = countSql(planFor({ name: 'Núñez', patients: 'any' }));
    expect(sql.sql).toMatch(/\(\? <% s\."searchName" OR \? <% s\."organizationSearchName"\)/);
    // A name alone finds people and places alike (a pharmacy by its name).
    expect(sql.sql).not.toContain('s.kind');
    expect(sql.values).toEqual(['nunez', 'nunez', COUNT_CAP + 1]);
  });

  it('lists places of one Plan-Net category for a place care kind, whoever they take', () => {
    const sql = countSql(planFor({ care: 'pharmacy' }));
    expect(sql.sql).toContain(`s.kind = 'place'`);
    expect(sql.sql).toMatch(/s\."serviceCategories" @> ARRAY\[\?\]::text\[\]/);
    expect(sql.sql).toContain(`(s.kind = 'place' OR s."newPatients" = 'newpt')`);
    expect(sql.values).toEqual(['pharm', COUNT_CAP + 1]);
    expect(countSql(planFor({ care: 'dental' })).sql).toContain(`s.kind = 'practitioner'`);
  });

  it('keeps listings that see the ages asked for, or everyone', () => {
    const sql = countSql(planFor({ care: 'primary-care', ages: 'adults', patients: 'any' }));
    expect(sql.sql).toContain(`s.ages IN (?, 'both')`);
    expect(sql.values).toEqual(['adults', COUNT_CAP + 1]);
    expect(whereOf({ ages: 'nobody' })).not.toContain('ages');
  });

  it('ignores a name that is too long instead of searching for it', () => {
    const plan = planFor({ name: 'x'.repeat(MAX_NAME_LENGTH + 1) });
    expect(plan.name).toBe('');
    expect(countSql(plan).sql).not.toContain('<%');
    expect(listingPageSql(plan).sql).not.toContain('word_similarity');
  });

  it('shows only people taking new patients unless the member asks for everyone', () => {
    expect(whereOf({})).toContain(`(s.kind = 'place' OR s."newPatients" = 'newpt')`);
    expect(whereOf({ patients: 'new' })).toContain(`(s.kind = 'place' OR s."newPatients" = 'newpt')`);
    expect(whereOf({ patients: 'any' })).not.toContain('newPatients');
  });

  it('filters languages: spoken by the practitioner, or also through an interpreter when asked', () => {
    const spoken = countSql(planFor({ lang: 'es', patients: 'any' }));
    expect(spoken.sql).toMatch(/s\.languages @> ARRAY\[\?\]::text\[\]/);
    expect(spoken.sql).not.toContain('interpreterLanguages');
    expect(spoken.values).toEqual(['es', COUNT_CAP + 1]);

    const withInterpreter = countSql(planFor({ lang: 'es', interpreter: '1', patients: 'any' }));
    expect(withInterpreter.sql).toMatch(/\(s\.languages @> ARRAY\[\?\]::text\[\] OR s\."interpreterLanguages" @> ARRAY\[\?\]::text\[\]\)/);
    expect(withInterpreter.values).toEqual(['es', 'es', COUNT_CAP + 1]);

    expect(whereOf({ interpreter: '1' })).toContain('cardinality(s."interpreterLanguages") > 0');
    expect(whereOf({ asl: '1' })).toContain(`(s.languages @> ARRAY['ase']::text[] OR s."interpreterLanguages" @> ARRAY['ase']::text[])`);
  });

  it('filters gender, telehealth and office accessibility (all features at one office)', () => {
    const sql = countSql(planFor({ gender: 'male', telehealth: '1', access: ['restroom', 'entrance'], patients: 'any' }));
    expect(sql.sql).toContain('s.gender = ?');
    expect(sql.sql).toContain('s.telehealth');
    expect(sql.sql).toMatch(/s\."accessibilityCodes" @> ARRAY\[\?,\?\]::text\[\]/);
    expect(sql.values).toEqual(['entrance', 'restroom', 'male', 2 * (COUNT_CAP + 1)]);
  });
});

describe('nameThresholdSql', () => {
  it('sets the similarity threshold for the transaction only, as a bound value', () => {
    expect(nameThresholdSql.sql).toBe(`SELECT set_config('pg_trgm.word_similarity_threshold', ?, true)`);
    expect(nameThresholdSql.values).toEqual([String(NAME_SIMILARITY_THRESHOLD)]);
  });
});
