/** One listing for its detail page, or null when there is no such (active) listing. */
import type { Database } from '@/lib/db';
import { agesOf } from './listing-ages';
import { parseListingId } from './listing-ids';
import type { ListingDetail } from './listing-types';
import { loadPlaces, reshapePlaceDetail } from './place-listings';
import { listingInclude, reshapeDetail } from './reshape';

export async function findListing(db: Database, id: string, now: Date = new Date()): Promise<ListingDetail | null> {
  const key = parseListingId(id);
  if (!key) return null;
  if (key.kind === 'place') {
    // A place is a listing only while the search lists it (a place category, an open office), so
    // the detail page and the search agree; a clinic's other services are not places.
    const ages = (await agesOf(db, [id])).get(id);
    const place = ages ? (await loadPlaces(db, [key.serviceId])).get(key.serviceId) : undefined;
    return place && ages ? reshapePlaceDetail(place, now, ages) : null;
  }
  // Who the listing sees does not wait for the listing: on PostgreSQL both go at once.
  const [row, ages] = await Promise.all([
    db.practitionerRole.findFirst({ where: { id: key.roleId, active: true, practitioner: { active: true } }, include: listingInclude }),
    agesOf(db, [id]),
  ]);
  return row ? reshapeDetail(row, now, ages.get(id)) : null;
}
