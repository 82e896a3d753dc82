/**
 * The provider search lives in the URL (a GET form), so any string can arrive here: typed by a
 * member, shared in a text message, cut short, or made up by a bot. Parsing never throws. A value
 * we do not understand is dropped and reported as a problem the page can explain; what the member
 * typed in the free-text boxes is kept as typed, so the form shows it again.
 */
import { hasControlCharacters, withoutControlCharacters } from '@/lib/forms/control-characters';
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
  type AccessibilityChoice,
  type AgeChoice,
  type CareKind,
  type DistanceChoice,
  type GenderChoice,
  type PatientChoice,
} from './options';

export type RawSearchParams = Readonly<Record<string, string | readonly string[] | undefined>>;

export type SearchQuery = {
  care: CareKind | null;
  /** A NUCC code from specialistCodes (then care is `specialist`). */
  specialty: string | null;
  /** The ZIP code or city as typed, trimmed. */
  place: string;
  miles: DistanceChoice;
  /** What the form shows; `acceptingOnly` is what the search does. */
  patients: PatientChoice;
  language: string | null;
  interpreter: boolean;
  asl: boolean;
  gender: GenderChoice | null;
  telehealth: boolean;
  access: AccessibilityChoice[];
  /** The name as typed, trimmed. */
  name: string;
  page: number;
  /** Who the care is for; null = anyone (a listing that sees both matches either). */
  ages: AgeChoice | null;
  /** Near a place, nearest first (the default) or by name; without a place results are always by name. */
  sort: SortChoice;
};

export const sortChoices = ['distance', 'name'] as const;
export type SortChoice = (typeof sortChoices)[number];

export type SearchProblem = 'ignored-setting' | 'name-too-long' | 'place-too-long' | 'page-too-far' | 'control-characters';

export type ParsedSearch = {
  query: SearchQuery;
  problems: SearchProblem[];
  /** A value held a control character (a NUL byte cannot even be stored): do not search, say so. */
  refused: boolean;
  /** False on a first visit (no search settings in the address): show the form, not results. */
  submitted: boolean;
  /**
   * `change=1`: the member chose "Change search" on a results page. Show the form holding their search,
   * without running it; results pages do not carry the form (see changeSearchHref).
   */
  changing: boolean;
};

/** The query-string names, in the order they are written back into links. */
const knownKeys = [
  'care',
  'near',
  'miles',
  'patients',
  'lang',
  'interpreter',
  'asl',
  'gender',
  'telehealth',
  'access',
  'name',
  'page',
  'ages',
  'sort',
] as const;

const oneOf = <T extends string | number>(choices: readonly T[], value: string | undefined): T | undefined =>
  choices.find((choice) => String(choice) === value);

/**
 * Tab and line breaks are whitespace in a query string, tidied into single spaces like any other;
 * the other control characters are refused (parseSearchParams checks first) and dropped from what is shown.
 */
const QUERY_TEXT = { multiLine: true };

/** Every value of a key, without control characters. */
function values(raw: RawSearchParams, key: string): string[] {
  const value = raw[key];
  if (value === undefined) return [];
  return (typeof value === 'string' ? [value] : [...value]).map((item) => withoutControlCharacters(String(item), QUERY_TEXT));
}

const anyControlCharacters = (raw: RawSearchParams) =>
  Object.values(raw).some(
    (value) => value !== undefined && (typeof value === 'string' ? [value] : [...value]).some((item) => hasControlCharacters(String(item), QUERY_TEXT)),
  );

/** The last value wins, as browsers send a repeated field in order and people append to URLs. */
const last = (raw: RawSearchParams, key: string): string | undefined => values(raw, key).at(-1);

const isOn = (value: string | undefined) => value === '1' || value === 'on' || value === 'true';

export function acceptingOnly(query: SearchQuery): boolean {
  return query.patients === 'new';
}

export function parseSearchParams(raw: RawSearchParams): ParsedSearch {
  const problems = new Set<SearchProblem>();
  const refused = anyControlCharacters(raw);
  if (refused) problems.add('control-characters');
  const ignored = () => problems.add('ignored-setting');
  const pick = <T extends string | number>(key: string, choices: readonly T[]): T | undefined => {
    const value = last(raw, key)?.trim();
    if (value === undefined || value === '') return undefined;
    const match = oneOf(choices, value);
    if (match === undefined) ignored();
    return match;
  };
  const flag = (key: string): boolean => {
    const value = last(raw, key)?.trim();
    if (value === undefined || value === '') return false;
    if (isOn(value) || value === '0' || value === 'false') return isOn(value);
    ignored();
    return false;
  };

  // A specialist is chosen by its NUCC code in the same menu (care=207RC0000X), so one select does it.
  const careValue = last(raw, 'care')?.trim();
  const specialty = oneOf(specialistCodes, careValue) ?? null;
  const care = specialty ? 'specialist' : (pick('care', careKinds) ?? null);

  const place = (last(raw, 'near') ?? '').trim().replace(/\s+/g, ' ');
  if (place.length > MAX_PLACE_LENGTH) problems.add('place-too-long');
  const name = (last(raw, 'name') ?? '').trim().replace(/\s+/g, ' ');
  if (name.length > MAX_NAME_LENGTH) problems.add('name-too-long');

  const language = parseLanguage(last(raw, 'lang'), ignored);
  const access = [...new Set(values(raw, 'access').filter((value) => value !== ''))].flatMap((value) => {
    const match = oneOf(accessibilityChoices, value);
    if (match === undefined) ignored();
    return match === undefined ? [] : [match];
  });

  const query: SearchQuery = {
    care,
    specialty,
    place,
    miles: pick('miles', distanceChoices) ?? defaultDistance,
    // A member looking for care almost always needs someone who will see them, so that is the default
    // (a GET form cannot change a radio button's default when the kind of care changes).
    patients: pick('patients', patientChoices) ?? 'new',
    language,
    interpreter: flag('interpreter'),
    asl: flag('asl'),
    gender: pick('gender', genderChoices) ?? null,
    telehealth: flag('telehealth'),
    access: accessibilityChoices.filter((choice) => access.includes(choice)),
    name,
    page: parsePage(last(raw, 'page'), problems),
    ages: parseAges(last(raw, 'ages'), ignored),
    sort: pick('sort', sortChoices) ?? 'distance',
  };
  const submitted = knownKeys.some((key) => values(raw, key).length > 0);
  return { query, problems: [...problems], submitted, refused, changing: submitted && isOn(last(raw, 'change')) };
}

/** A BCP 47 primary language subtag (`es`, `ase`); anything else is ignored. */
function parseLanguage(value: string | undefined, ignored: () => void): string | null {
  const trimmed = value?.trim().toLowerCase();
  if (!trimmed) return null;
  if (/^[a-z]{2,3}$/.test(trimmed)) return trimmed;
  ignored();
  return null;
}

/** `ages=adults|children`; anything else is ignored (and said so), never an error. */
function parseAges(value: string | undefined, ignored: () => void): AgeChoice | null {
  const trimmed = value?.trim().toLowerCase();
  if (!trimmed) return null;
  const match = oneOf(ageChoices, trimmed);
  if (match === undefined) ignored();
  return match ?? null;
}

function parsePage(value: string | undefined, problems: Set<SearchProblem>): number {
  if (value === undefined || value.trim() === '') return 1;
  if (!/^\d{1,6}$/.test(value.trim())) {
    problems.add('ignored-setting');
    return 1;
  }
  const page = Number(value);
  if (page < 1) return 1;
  if (page > MAX_PAGE) {
    problems.add('page-too-far');
    return MAX_PAGE;
  }
  return page;
}

/**
 * The query as a short, canonical query string (defaults left out), for pagination and the
 * "loosen this filter" links. `changes` overrides fields; page resets to 1 unless given.
 */
export function searchHref(query: SearchQuery, changes: Partial<SearchQuery> = {}): string {
  const next: SearchQuery = { ...query, page: 1, ...changes };
  const params = new URLSearchParams();
  if (next.care) params.set('care', next.care === 'specialist' && next.specialty ? next.specialty : next.care);
  if (next.place) params.set('near', next.place);
  if (next.miles !== defaultDistance) params.set('miles', String(next.miles));
  params.set('patients', next.patients);
  if (next.language) params.set('lang', next.language);
  if (next.interpreter) params.set('interpreter', '1');
  if (next.asl) params.set('asl', '1');
  if (next.gender) params.set('gender', next.gender);
  if (next.telehealth) params.set('telehealth', '1');
  for (const feature of next.access) params.append('access', feature);
  if (next.name) params.set('name', next.name);
  writeAges(params, next);
  if (next.sort !== 'distance') params.set('sort', next.sort);
  if (next.page > 1) params.set('page', String(next.page));
  return `?${params.toString()}`;
}

/**
 * "Change search" from a results page: the form alone, holding this search (from page 1 again). The
 * form is a fifth of a results page's elements and the slowest part to render, so results pages link
 * to it rather than carrying it closed in every answer (docs/decisions/0007).
 */
export function changeSearchHref(query: SearchQuery): string {
  return `${searchHref(query)}&change=1`;
}

function writeAges(params: URLSearchParams, query: SearchQuery): void {
  if (query.ages) params.set('ages', query.ages);
}
