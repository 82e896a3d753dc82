import { csvResponse } from '@/lib/staff/csv-response';
import { currentStaff } from '@/lib/staff/current';
import { staffJoinRequestsCsv } from '@/lib/staff/service';

/** Every join request as CSV. Staff only: anyone else gets 401. */
export async function GET(): Promise<Response> {
  const staff = await currentStaff();
  if (!staff) return csvResponse.unauthorized('Sign in at /staff/sign-in to download join requests.');
  const today = new Date().toISOString().slice(0, 10);
  return csvResponse.stream(staffJoinRequestsCsv(staff), `join-requests-${today}.csv`);
}
