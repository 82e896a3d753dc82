import { parseDashboardFilters } from '@/lib/feedback/dashboard-filters';
import { csvResponse } from '@/lib/staff/csv-response';
import { currentStaff } from '@/lib/staff/current';
import type { StaffIdentity } from '@/lib/staff/session';
import { staffFeedbackCsv } from '@/lib/staff/service';

const EXPORT_PATH = '/staff/feedback/export';

/** The dashboard's answers as CSV, for the same filters. Staff only: anyone else gets 401. */
export async function GET(request: Request): Promise<Response> {
  let staff: StaffIdentity | null;
  try {
    staff = await currentStaff();
  } catch (error) {
    return csvResponse.unavailable(error, EXPORT_PATH);
  }
  if (!staff) return csvResponse.unauthorized('Sign in at /staff/sign-in to download feedback.');
  const { filters } = parseDashboardFilters(Object.fromEntries(new URL(request.url).searchParams));
  return csvResponse.stream(staffFeedbackCsv(staff, filters), `feedback-${filters.from}-to-${filters.to}.csv`, EXPORT_PATH);
}
