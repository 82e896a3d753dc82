/**
 * Listing reports in the database: members create them from a listing page; staff list and resolve
 * them (`npm run directory:reports`). The only code that touches the ProviderReport table.
 */
import type { Database } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { parseListingId, placeListingId } from '@/lib/directory/search/listing-ids';
import { correctionWindowDays } from './deadline';
import { listingProblemToCode, type ListingProblemCode, type ListingReportInput } from './schema';

/** The listing (a PractitionerRole, or a place's HealthcareService) a report names does not exist; the page should answer "not found". */
export class UnknownListingError extends Error {
  override readonly name = 'UnknownListingError';
  constructor(readonly roleId: string) {
    super(`No listing has the id ${JSON.stringify(roleId)}.`);
  }
}

/** No report has this id. */
export class UnknownReportError extends Error {
  override readonly name = 'UnknownReportError';
  constructor(readonly reportId: string) {
    super(`No report has the id ${JSON.stringify(reportId)}.`);
  }
}

export type ListingReport = {
  id: string;
  problem: ListingProblemCode;
  details: string | null;
  contact: string | null;
  createdAt: Date;
  resolvedAt: Date | null;
  listing: {
    /** The listing id as in its page's URL: a role id, or `place_` + a HealthcareService id. */
    roleId: string;
    practitionerName: string | null;
    organizationName: string | null;
    /** The phone number of the listing's first location, the office staff would call to check. */
    phone: string | null;
  };
};

/** Saves a report on the listing `roleId` (a listing id: a role's, or a place's); returns its id. */
export async function createListingReport(db: Database, roleId: string, value: ListingReportInput): Promise<string> {
  const key = parseListingId(roleId);
  if (!key) throw new UnknownListingError(roleId);
  const listing = key.kind === 'place' ? { healthcareServiceId: key.serviceId } : { practitionerRoleId: key.roleId };
  try {
    const report = await db.providerReport.create({
      data: { ...listing, problem: value.problem, details: value.details ?? null, contact: value.contact ?? null },
      select: { id: true },
    });
    return report.id;
  } catch (error) {
    // The foreign key answers "does the listing exist" in the same statement, so there is no race.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2003') throw new UnknownListingError(roleId);
    throw error;
  }
}

const reportWithListing = {
  id: true,
  problem: true,
  details: true,
  contact: true,
  createdAt: true,
  resolvedAt: true,
  practitionerRole: {
    select: {
      id: true,
      practitioner: { select: { name: true } },
      organization: { select: { name: true } },
      locations: { orderBy: { position: 'asc' }, take: 1, select: { location: { select: { phone: true } } } },
    },
  },
  healthcareService: { select: { id: true, name: true, phone: true, providedBy: { select: { name: true } } } },
} satisfies Prisma.ProviderReportSelect;

type ReportRow = Prisma.ProviderReportGetPayload<{ select: typeof reportWithListing }>;

/** What staff see of the listing: the practitioner at their clinic, or the place under its organization. */
function listingOf(row: ReportRow): ListingReport['listing'] {
  const role = row.practitionerRole;
  if (role) {
    return {
      roleId: role.id,
      practitionerName: role.practitioner?.name ?? null,
      organizationName: role.organization?.name ?? null,
      phone: role.locations[0]?.location.phone ?? null,
    };
  }
  const service = row.healthcareService;
  return {
    roleId: service ? placeListingId(service.id) : '',
    practitionerName: service?.name ?? null,
    organizationName: service?.providedBy?.name ?? null,
    phone: service?.phone ?? null,
  };
}

function reshapeReport(row: ReportRow): ListingReport {
  return {
    id: row.id,
    problem: listingProblemToCode[row.problem],
    details: row.details,
    contact: row.contact,
    createdAt: row.createdAt,
    resolvedAt: row.resolvedAt,
    listing: listingOf(row),
  };
}

export const defaultReportLimit = 100;

/** Reports newest first: open ones only, unless `includeResolved`. */
export async function listListingReports(db: Database, options: { includeResolved?: boolean; limit?: number } = {}): Promise<ListingReport[]> {
  const limit = options.limit ?? defaultReportLimit;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError('The report limit must be a whole number, at least 1.');
  const rows = await db.providerReport.findMany({
    where: options.includeResolved ? {} : { resolvedAt: null },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: reportWithListing,
  });
  return rows.map(reshapeReport);
}

/**
 * Marks a report resolved. Resolving it again keeps the first date (and says so); an unknown id
 * throws UnknownReportError.
 */
export async function resolveListingReport(db: Database, id: string): Promise<{ resolvedAt: Date; alreadyResolved: boolean }> {
  const resolvedAt = new Date();
  const updated = await db.providerReport.updateMany({ where: { id, resolvedAt: null }, data: { resolvedAt } });
  if (updated.count === 1) return { resolvedAt, alreadyResolved: false };
  const existing = await db.providerReport.findUnique({ where: { id }, select: { resolvedAt: true } });
  if (!existing?.resolvedAt) throw new UnknownReportError(id);
  return { resolvedAt: existing.resolvedAt, alreadyResolved: true };
}

/** Open reports, and how many of them are past the correction window (lib/directory/reports/deadline.ts). */
export async function countOpenListingReports(db: Database, now: Date = new Date()): Promise<{ open: number; overdue: number }> {
  const windowStart = new Date(now.getTime() - correctionWindowDays * 86_400_000);
  const [open, overdue] = await Promise.all([
    db.providerReport.count({ where: { resolvedAt: null } }),
    db.providerReport.count({ where: { resolvedAt: null, createdAt: { lt: windowStart } } }),
  ]);
  return { open, overdue };
}
