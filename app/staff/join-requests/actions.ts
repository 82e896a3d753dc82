'use server';

import { revalidatePath } from 'next/cache';
import { joinRequestStatuses } from '@/lib/join-requests/store';
import { requireStaff } from '@/lib/staff/current';
import { changeJoinRequestStatus } from '@/lib/staff/service';

/** Moves a request to new / contacted / closed. Actions are public endpoints: this one checks the session itself. */
export async function updateJoinRequestStatus(form: FormData): Promise<void> {
  const staff = await requireStaff();
  const id = form.get('requestId');
  const status = joinRequestStatuses.find((candidate) => candidate === form.get('status'));
  if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id) || !status) return;
  await changeJoinRequestStatus(staff, id, status);
  revalidatePath('/staff/join-requests');
}
