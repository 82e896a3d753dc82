'use server';

import { revalidatePath } from 'next/cache';
import { requireStaff } from '@/lib/staff/current';
import { resolveStaffListingReport } from '@/lib/staff/service';

/** "Mark fixed" on a listing report. Actions are public endpoints: this one checks the session itself. */
export async function markReportResolved(form: FormData): Promise<void> {
  const staff = await requireStaff();
  const id = form.get('reportId');
  if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id)) return;
  await resolveStaffListingReport(staff, id);
  revalidatePath('/staff/reports');
}
