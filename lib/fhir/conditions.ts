/**
 * Turns one search parameter (`name[:modifier][.chained-name...]` with its values) into a SQL condition
 * on the row alias. Repeated parameters AND together; comma-separated values OR together.
 */
import { TOKEN_SEPARATOR } from '@/lib/directory/import/mappers/shared';
import { normalizeForSearch } from '@/lib/directory/import/normalize';
import { parseDate, type DateCriterion } from './dates';
import { FhirError, invalidParameter } from './errors';
import { searchParameters, type FhirResourceType, type ReferenceParameter, type SearchParameter, type TokenParameter } from './parameters';
import {
  and,
  column,
  fold,
  foldSql,
  jsonTexts,
  likeEscape,
  or,
  raw,
  referencedIds,
  refersToAny,
  refersToMatching,
  sql,
  table,
  textArray,
  type Sql,
} from './sql';
import { parseReference, parseToken, splitAlternatives, type Token } from './values';

/** Chains deeper than this are refused: each level is a join, and Plan-Net needs one. */
const MAX_CHAIN_DEPTH = 3;

export class UnknownParameter extends Error {
  override readonly name = 'UnknownParameter';
}

/** Numbers the aliases of chained tables, so nested chains never clash. */
export type AliasCounter = { next: number };

export function parameterCondition(type: FhirResourceType, key: string, rawValue: string, alias: string, aliases: AliasCounter, depth = 0): Sql {
  if (key.startsWith('_has:')) return reverseChainCondition(type, key, rawValue, alias, aliases, depth);
  const dot = key.indexOf('.');
  const head = dot < 0 ? key : key.slice(0, dot);
  const [name = '', modifier, ...extra] = head.split(':');
  const parameter: SearchParameter | undefined = Object.hasOwn(searchParameters[type], name) ? searchParameters[type][name] : undefined;
  if (!parameter || extra.length > 0) throw new UnknownParameter(key);

  if (dot >= 0) {
    if (parameter.kind !== 'reference') throw invalidParameter(`${key}: only reference parameters can be chained.`);
    if (modifier !== undefined && modifier !== parameter.target) throw invalidParameter(`${key}: ${name} refers to ${parameter.target}.`);
    if (depth + 1 >= MAX_CHAIN_DEPTH) throw new FhirError(400, 'too-costly', `${key}: chains are limited to ${MAX_CHAIN_DEPTH - 1} levels.`);
    const chained = chainedColumnCondition(parameter, key.slice(dot + 1), rawValue, alias);
    if (chained) return chained;
    const targetAlias = `t${(aliases.next += 1)}`;
    const inner = parameterCondition(parameter.target, key.slice(dot + 1), rawValue, targetAlias, aliases, depth + 1);
    return refersToMatching(alias, parameter.source, parameter.target, targetAlias, inner);
  }

  const values = splitAlternatives(key, rawValue);
  switch (parameter.kind) {
    case 'id':
      refuseModifier(key, modifier, []);
      return sql`${raw(alias)}.id = ANY(${textArray(values)})`;
    case 'date':
      refuseModifier(key, modifier, []);
      return or(values.map((value) => dateCondition(column(alias, parameter.column), parseDate(key, value))));
    case 'string': {
      refuseModifier(key, modifier, ['exact', 'contains']);
      const texts = values.map((value) => value.replaceAll('\\|', '|'));
      if (parameter.normalizedColumn && modifier !== 'exact') {
        const normalized = parameter.normalizedColumn;
        return or(texts.map((text) => normalizedCondition(column(alias, normalized), text, modifier)));
      }
      return or(texts.flatMap((text) => parameter.paths.map((path) => stringCondition(alias, path, text, modifier))));
    }
    case 'token':
      refuseModifier(key, modifier, ['text']);
      if (modifier === 'text') {
        const paths = parameter.identifier ? [`${parameter.path}.type.text`] : [`${parameter.path}.text`, `${parameter.path}.coding.display`];
        return or(values.flatMap((value) => paths.map((path) => stringCondition(alias, path, value, undefined))));
      }
      return or(values.map((value) => tokenCondition(alias, parameter, parseToken(key, value))));
    case 'reference':
      if (modifier !== undefined && modifier !== parameter.target)
        throw invalidParameter(`${key}: ${name} refers to ${parameter.target}; the modifier ':${modifier}' is not supported.`);
      return refersToAny(
        alias,
        parameter.source,
        parameter.target,
        values.map((value) => parseReference(key, value, parameter.target)),
      );
  }
}

/**
 * A chain the table answers itself (ReferenceParameter.chainedColumns): the same starts-with or
 * :contains reading of the target's normalized column, over this row's copy of those values.
 * Anything else (another modifier, a deeper chain) goes through the join, which reads the same data.
 */
function chainedColumnCondition(parameter: ReferenceParameter, chainedKey: string, rawValue: string, alias: string): Sql | null {
  const [name = '', modifier, ...extra] = chainedKey.split(':');
  const ownColumn = parameter.chainedColumns && Object.hasOwn(parameter.chainedColumns, name) ? parameter.chainedColumns[name] : undefined;
  const target = Object.hasOwn(searchParameters[parameter.target], name) ? searchParameters[parameter.target][name] : undefined;
  if (!ownColumn || extra.length > 0 || chainedKey.includes('.') || target?.kind !== 'string' || !target.normalizedColumn) return null;
  if (modifier !== undefined && modifier !== 'contains') return null;
  const texts = splitAlternatives(chainedKey, rawValue).map((value) => value.replaceAll('\\|', '|'));
  return or(
    texts.map((text) => sql`EXISTS (SELECT 1 FROM unnest(${column(alias, ownColumn)}) AS value WHERE ${normalizedCondition(sql`value`, text, modifier)})`),
  );
}

function refuseModifier(key: string, modifier: string | undefined, allowed: string[]) {
  if (modifier !== undefined && !allowed.includes(modifier)) {
    throw invalidParameter(
      `${key}: the modifier ':${modifier}' is not supported${allowed.length ? ` (use ${allowed.map((m) => `:${m}`).join(' or ')})` : ''}.`,
    );
  }
}

function dateCondition(value: Sql, { prefix, start, end }: DateCriterion): Sql {
  switch (prefix) {
    case 'eq':
    case 'ap':
      return sql`(${value} >= ${start} AND ${value} < ${end})`;
    case 'ne':
      return sql`NOT (${value} >= ${start} AND ${value} < ${end})`;
    case 'gt':
    case 'sa':
      return sql`${value} >= ${end}`;
    case 'lt':
    case 'eb':
      return sql`${value} < ${start}`;
    case 'ge':
      return sql`${value} >= ${start}`;
    case 'le':
      return sql`${value} < ${end}`;
  }
}

/** FHIR string search: starts with, ignoring case and accents; `:exact` is exact; `:contains` anywhere. */
function stringCondition(alias: string, path: string, text: string, modifier: string | undefined): Sql {
  const texts = jsonTexts(alias, path);
  if (modifier === 'exact') return sql`EXISTS (SELECT 1 FROM ${texts} AS text WHERE text.value = ${text})`;
  const pattern = modifier === 'contains' ? `%${likeEscape(fold(text))}%` : `${likeEscape(fold(text))}%`;
  return sql`EXISTS (SELECT 1 FROM ${texts} AS text WHERE ${foldSql(sql`text.value`)} LIKE ${pattern})`;
}

/** A column the importer fills with normalizeForSearch (lowercase, no accents, single spaces): same reading, one index-friendly column. */
function normalizedCondition(value: Sql, text: string, modifier: string | undefined): Sql {
  const normalized = likeEscape(normalizeForSearch(text));
  return sql`${value} LIKE ${modifier === 'contains' ? `%${normalized}%` : `${normalized}%`}`;
}

function tokenCondition(alias: string, parameter: TokenParameter, token: Token): Sql {
  if (parameter.plainCode) {
    // A `code` element: its system is fixed by the element, so only the code is compared.
    const path = token.code === undefined ? parameter.path : `${parameter.path} ? (@ == $code)`;
    return sql`jsonb_path_exists(${raw(alias)}.resource, ${path}::jsonpath, ${JSON.stringify({ code: token.code ?? '' })}::jsonb)`;
  }
  const [systemField, codeField] = parameter.identifier ? ['system', 'value'] : ['system', 'code'];
  const filters: string[] = [];
  if (token.system === null) filters.push(`!(exists(@.${systemField}))`);
  else if (token.system !== undefined) filters.push(`@.${systemField} == $system`);
  if (token.code !== undefined) filters.push(`@.${codeField} == $code`);
  const path = `${parameter.path}${parameter.identifier ? '' : '.coding'} ? (${filters.join(' && ')})`;
  const variables = JSON.stringify({ system: token.system ?? '', code: token.code ?? '' });
  const exact = sql`jsonb_path_exists(${raw(alias)}.resource, ${path}::jsonpath, ${variables}::jsonb)`;
  if (parameter.tokensColumn && token.code !== undefined && ![token.system, token.code].some((part) => part?.includes(TOKEN_SEPARATOR))) {
    const wanted = token.system === undefined ? token.code : `${token.system ?? ''}${TOKEN_SEPARATOR}${token.code}`;
    return sql`${column(alias, parameter.tokensColumn)} @> ${textArray([wanted])}`;
  }
  const codes = parameter.codes;
  if (!codes || token.code === undefined || token.system === null) return exact;
  // The code column has a GIN index. Without a `system` it holds every code, so it answers a bare
  // code alone and narrows system|code. With one (specialty: NUCC) it holds that system's codes and
  // codes written without a system, which the importer reads as that system's; so it answers
  // <that system>|code alone, and a bare code also looks in the resource for other systems.
  const inColumn = sql`${column(alias, codes.column)} @> ${textArray([token.code])}`;
  if (codes.system === undefined) return token.system === undefined ? inColumn : and([inColumn, exact]);
  if (token.system === codes.system) return inColumn;
  return token.system === undefined ? or([inColumn, exact]) : exact;
}

/**
 * Reverse chaining, `_has:<Source>:<reference>:<parameter>=value` (nested `_has:` allowed): rows of
 * `type` that some `Source` resource refers to through its reference parameter, where that Source
 * meets the parameter. For example `Practitioner?_has:PractitionerRole:practitioner:specialty=…` is the
 * practitioners with a role of that specialty. Any Source reference parameter that targets `type`
 * qualifies, so every reverse chain Plan-Net's parameters allow works. One `IN (SELECT …)` per level,
 * on the reference's indexed column where it has one.
 */
export function reverseChainCondition(type: FhirResourceType, key: string, rawValue: string, alias: string, aliases: AliasCounter, depth: number): Sql {
  const [, sourceName = '', referenceName = '', ...restParts] = key.split(':');
  const rest = restParts.join(':');
  const sourceParameters = (searchParameters as Record<string, Record<string, SearchParameter> | undefined>)[sourceName];
  if (!sourceParameters || rest === '') throw new UnknownParameter(key);
  const reference = Object.hasOwn(sourceParameters, referenceName) ? sourceParameters[referenceName] : undefined;
  if (!reference || reference.kind !== 'reference') throw new UnknownParameter(key);
  if (reference.target !== type) throw invalidParameter(`${key}: ${sourceName}.${referenceName} refers to ${reference.target}, not ${type}.`);
  if (depth + 1 >= MAX_CHAIN_DEPTH) throw new FhirError(400, 'too-costly', `${key}: chains are limited to ${MAX_CHAIN_DEPTH - 1} levels.`);
  const source = sourceName as FhirResourceType;
  const sourceAlias = `h${(aliases.next += 1)}`;
  const inner = parameterCondition(source, rest, rawValue, sourceAlias, aliases, depth + 1);
  return sql`${raw(alias)}.id IN (SELECT ref.id FROM ${table(source)} ${raw(sourceAlias)}, LATERAL ${referencedIds(sourceAlias, reference.source, type)} AS ref WHERE ${inner})`;
}
