import { csvResponse } from '@/lib/staff/csv-response';
import { currentStaff } from '@/lib/staff/current';
import type { StaffIdentity } from '@/lib/staff/session';
import { staffJoinRequestsCsv } from '@/lib/staff/service';

const EXPORT_PATH = '/staff/join-requests/export';

/** Every join request as CSV. Staff only: anyone else gets 401. */
export async function GET(): Promise<Response> {
  let staff: StaffIdentity | null;
  try {
    staff = await currentStaff();
  } catch (error) {
    return csvResponse.unavailable(error, EXPORT_PATH);
  }
  if (!staff) return csvResponse.unauthorized('Sign in at /staff/sign-in to download join requests.');
  const today = new Date().toISOString().slice(0, 10);
  return csvResponse.stream(staffJoinRequestsCsv(staff), `join-requests-${today}.csv`, EXPORT_PATH);
}
