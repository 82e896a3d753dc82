/**
 * What the staff pages read and change, with the app's database. Each function takes the signed-in
 * StaffIdentity (from requireStaff/currentStaff), so a page cannot reach staff data without asking
 * who is signed in first.
 */
import 'server-only';
import { getDb } from '@/lib/db';
import { countOpenListingReports, listListingReports, resolveListingReport, UnknownReportError } from '@/lib/directory/reports/store';
import { listFeedbackPages, loadFeedbackDashboard } from '@/lib/feedback/dashboard';
import { addDays, type DashboardFilters } from '@/lib/feedback/dashboard-filters';
import { oregonDate } from '@/lib/oregon-time';
import { feedbackCsv } from '@/lib/feedback/export-csv';
import type { JoinRequestStatus } from '@/lib/generated/prisma/client';
import { joinRequestsCsv } from '@/lib/join-requests/export-csv';
import { countJoinRequests, listJoinRequests, setJoinRequestStatus } from '@/lib/join-requests/store';
import { listSiteSearchMisses } from '@/lib/site-search/misses';
import type { StaffIdentity } from './session';

export async function loadStaffOverview(_staff: StaffIdentity, now = new Date()) {
  const db = getDb();
  const today = oregonDate(now);
  const [feedback, reports, joinRequests] = await Promise.all([
    loadFeedbackDashboard(db, { from: addDays(today, -29), to: today }),
    countOpenListingReports(db, now),
    countJoinRequests(db),
  ]);
  return { feedback: feedback.totals, reports, joinRequests };
}

export async function loadStaffFeedback(_staff: StaffIdentity, filters: DashboardFilters) {
  const db = getDb();
  const [dashboard, pages] = await Promise.all([loadFeedbackDashboard(db, filters), listFeedbackPages(db)]);
  return { dashboard, pages };
}

export function staffFeedbackCsv(_staff: StaffIdentity, filters: DashboardFilters): AsyncGenerator<string> {
  return feedbackCsv(getDb(), filters);
}

/** The most the page lists; `npm run directory:reports -- --all --json` has the rest. */
export const reportsShownAtMost = 300;

export function listStaffListingReports(_staff: StaffIdentity, includeResolved: boolean) {
  return listListingReports(getDb(), { includeResolved, limit: reportsShownAtMost });
}

/** Marks a report fixed; an unknown id (say, deleted with its listing) changes nothing. */
export async function resolveStaffListingReport(_staff: StaffIdentity, id: string): Promise<void> {
  try {
    await resolveListingReport(getDb(), id);
  } catch (error) {
    if (!(error instanceof UnknownReportError)) throw error;
  }
}

export function listStaffJoinRequests(_staff: StaffIdentity, status: JoinRequestStatus | undefined) {
  return listJoinRequests(getDb(), { status, limit: joinRequestsShownAtMost });
}

export const joinRequestsShownAtMost = 300;

export function changeJoinRequestStatus(_staff: StaffIdentity, id: string, status: JoinRequestStatus): Promise<boolean> {
  return setJoinRequestStatus(getDb(), id, status);
}

export function staffJoinRequestsCsv(_staff: StaffIdentity): AsyncGenerator<string> {
  return joinRequestsCsv(getDb());
}

/** Site searches that found nothing, most frequent first (lib/site-search/misses.ts). */
export function listStaffSearchMisses(_staff: StaffIdentity, locale: 'en' | 'es' | undefined) {
  return listSiteSearchMisses(getDb(), { locale, limit: 200 });
}
