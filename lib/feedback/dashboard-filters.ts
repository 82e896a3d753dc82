/**
 * The staff dashboard's filters, from the query string: a date range in Oregon dates and one page.
 * Bad values never break the page: they fall back to the default and come back as a message.
 */
import { z } from 'zod';
import { oregonDate } from '@/lib/oregon-time';
import { safePagePath } from './page-path';

export type DashboardFilters = {
  /** Inclusive Oregon dates, YYYY-MM-DD. */
  from: string;
  to: string;
  /** A site path, or undefined for every page. */
  page?: string;
};

export const defaultRangeDays = 90;

/** The site did not exist before 2000; a year past 2100 is a typing mistake, and would overflow date sums. */
const isoDate = z.iso.date().refine((text) => text >= '2000-01-01' && text <= '2100-12-31');

export function addDays(date: string, days: number): string {
  const moment = new Date(`${date}T12:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

type Query = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? '';

export function parseDashboardFilters(query: Query, now = new Date()): { filters: DashboardFilters; problems: string[] } {
  const problems: string[] = [];
  const today = oregonDate(now);
  const date = (name: 'from' | 'to', fallback: string) => {
    const text = first(query[name]);
    if (text === '') return fallback;
    if (isoDate.safeParse(text).success) return text;
    problems.push(`"${text.slice(0, 40)}" is not a date like ${today}; showing ${fallback} instead.`);
    return fallback;
  };
  let to = date('to', today);
  let from = date('from', addDays(to, -(defaultRangeDays - 1)));
  if (from > to) {
    problems.push(`The start date was after the end date, so they have been swapped.`);
    [from, to] = [to, from];
  }
  const pageText = first(query.page);
  const page = pageText === '' ? undefined : safePagePath(pageText);
  if (pageText !== '' && !page) problems.push(`"${pageText.slice(0, 60)}" is not a page of this site; showing every page.`);
  return { filters: { from, to, page }, problems };
}

/** The query string for these filters (for links and the CSV export). */
export function dashboardQuery(filters: DashboardFilters): string {
  const params = new URLSearchParams({ from: filters.from, to: filters.to });
  if (filters.page) params.set('page', filters.page);
  return params.toString();
}
