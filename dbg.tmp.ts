import { openDatabaseSession } from '@/lib/db/session';
import { seedSampleDirectoryIfEmpty } from '@/lib/directory/demo/seed';
import { parseSearchParams } from '@/lib/directory/search/params';
import { searchDirectory } from '@/lib/directory/search/search';
import { countSql, planSearch } from '@/lib/directory/search/conditions';
import { findPlace } from '@/lib/directory/search/place';
import { Prisma } from '@/lib/generated/prisma/client';
const session = await openDatabaseSession({ kind: 'pglite', dataDir: 'memory://' });
const db = session.db;
await seedSampleDirectoryIfEmpty(db);
const q = parseSearchParams({ care: 'primary-care', near: '97501', miles: '10', patients: 'any' }).query;
const place = findPlace('97501'); if (place.kind !== 'found') throw 1;
const plan = planSearch(q, place.place);
const { rebuildListingSearchRows } = await import('@/lib/directory/search/search-rows');
const role = await db.practitionerRole.findFirst({ where: { isPrimaryCare: true, id: 'jcc-practitionerrole-0007' }, include: { locations: true } });
console.log(role?.id, role?.locations);
await db.practitionerRoleLocation.create({ data: { roleId: role!.id, locationId: 'jcc-location-0094', position: 1 } });
await db.location.update({ where: { id: role!.locations[0]!.locationId }, data: { active: false } });
console.log('rebuilt', await rebuildListingSearchRows(db));
for (let i = 0; i < 3; i++) {
  const out = await searchDirectory(db, q);
  const [c] = await db.$queryRaw<any[]>(countSql(plan));
  const [b] = await db.$queryRaw<any[]>(Prisma.sql`SELECT count(DISTINCT "roleId") n FROM "ListingSearchRow" s WHERE s."isPrimaryCare" AND earth_distance(ll_to_earth(${place.place.latitude}, ${place.place.longitude}), ll_to_earth(s.latitude, s.longitude)) <= ${10 * 1609.344}`);
  const [e] = await db.$queryRaw<any[]>(Prisma.sql`EXPLAIN ${countSql(plan)}`);
  console.log(out.total, c, b, JSON.stringify(e).slice(0, 200));
}
await session.close();
