/** One listing for its detail page, or null when there is no such (active) listing. */
import type { Database } from '@/lib/db';
import type { ListingDetail } from './listing-types';
import { listingInclude, reshapeDetail } from './reshape';

/** FHIR ids are at most 64 of these characters; anything else cannot be a listing. */
const LISTING_ID = /^[A-Za-z0-9\-.]{1,64}$/;

export async function findListing(db: Database, id: string, now: Date = new Date()): Promise<ListingDetail | null> {
  if (!LISTING_ID.test(id)) return null;
  const row = await db.practitionerRole.findFirst({ where: { id, active: true, practitioner: { active: true } }, include: listingInclude });
  return row ? reshapeDetail(row, now) : null;
}
