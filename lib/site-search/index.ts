/** What the staff area reads: the searches members made that found nothing (see misses.ts). */
export { listSiteSearchMisses, type SiteSearchMiss } from './misses';
