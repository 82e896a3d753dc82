import type { DrugSearch } from './types';

/** Temporary on this branch only: the page is built against this signature; drugs-core's service replaces this file at merge. */
export async function searchDrugList(query: string, options?: { limit?: number }): Promise<DrugSearch> {
  void query;
  void options;
  throw new Error('drug list service not merged');
}
