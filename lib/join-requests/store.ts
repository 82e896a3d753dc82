/**
 * Join requests in the database: the only code that touches the JoinRequest table.
 */
import type { Database } from '@/lib/db/client';
import { Prisma, type JoinRequestStatus } from '@/lib/generated/prisma/client';
import { newReference } from '@/lib/forms/reference';
import type { JoinRequestInput } from './schema';

export const joinRequestStatuses = ['new', 'contacted', 'closed'] as const satisfies readonly JoinRequestStatus[];

/** A second request for the same NPI within this long is the same request. */
export const duplicateWindowHours = 24;

export type SavedJoinRequest = {
  reference: string;
  /** `retry`: this very form was sent before; `same-npi`: another request for the NPI came in today. */
  duplicate: false | 'retry' | 'same-npi';
};

/**
 * Saves a request, unless this form (`submissionKey`) or another request for the same NPI in the last
 * day is already stored: then it returns that one's reference. A transaction-scoped advisory lock on
 * the NPI makes two requests for one NPI sent at the same moment (on any web server) take turns.
 */
export async function createJoinRequest(
  db: Database,
  record: JoinRequestInput & { submissionKey: string; locale: string },
  now: Date = new Date(),
): Promise<SavedJoinRequest> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`join-request:${record.npi}`}))`;
    const retried = await tx.joinRequest.findUnique({ where: { submissionKey: record.submissionKey }, select: { reference: true } });
    if (retried) return { reference: retried.reference, duplicate: 'retry' as const };
    const since = new Date(now.getTime() - duplicateWindowHours * 3600_000);
    const sameNpi = await tx.joinRequest.findFirst({
      where: { npi: record.npi, createdAt: { gt: since } },
      orderBy: { createdAt: 'asc' },
      select: { reference: true },
    });
    if (sameNpi) return { reference: sameNpi.reference, duplicate: 'same-npi' as const };
    const created = await tx.joinRequest.create({
      data: {
        reference: newReference(),
        submissionKey: record.submissionKey,
        locale: record.locale,
        name: record.name,
        specialtyCode: record.specialty,
        phone: record.phone,
        fax: record.fax ?? null,
        email: record.email,
        street: record.street,
        city: record.city,
        state: record.state,
        zip: record.zip,
        npi: record.npi,
        tin: record.tin,
        medicaidId: record.medicaidId ?? null,
        createdAt: now,
      },
      select: { reference: true },
    });
    return { reference: created.reference, duplicate: false as const };
  });
}

const listed = {
  id: true,
  reference: true,
  locale: true,
  name: true,
  specialtyCode: true,
  phone: true,
  fax: true,
  email: true,
  street: true,
  city: true,
  state: true,
  zip: true,
  npi: true,
  tin: true,
  medicaidId: true,
  status: true,
  statusChangedAt: true,
  createdAt: true,
} satisfies Prisma.JoinRequestSelect;

export type JoinRequestRow = Prisma.JoinRequestGetPayload<{ select: typeof listed }>;

/** Newest first; only those with `status` when given. */
export function listJoinRequests(
  db: Database,
  options: { status?: JoinRequestStatus; limit?: number; after?: { createdAt: Date; id: string } } = {},
): Promise<JoinRequestRow[]> {
  return db.joinRequest.findMany({
    where: {
      ...(options.status ? { status: options.status } : {}),
      ...(options.after ? { OR: [{ createdAt: { lt: options.after.createdAt } }, { createdAt: options.after.createdAt, id: { lt: options.after.id } }] } : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: options.limit ?? 200,
    select: listed,
  });
}

export async function countJoinRequests(db: Database): Promise<Record<JoinRequestStatus, number>> {
  const groups = await db.joinRequest.groupBy({ by: ['status'], _count: { _all: true } });
  const counts: Record<JoinRequestStatus, number> = { new: 0, contacted: 0, closed: 0 };
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}

/** Moves a request to `status`; false when no request has this id. */
export async function setJoinRequestStatus(db: Database, id: string, status: JoinRequestStatus, now: Date = new Date()): Promise<boolean> {
  const updated = await db.joinRequest.updateMany({ where: { id }, data: { status, statusChangedAt: now } });
  return updated.count === 1;
}
