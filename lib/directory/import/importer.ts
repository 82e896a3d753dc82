/**
 * `npm run directory:import -- <folder>`: reads a FHIR Plan-Net Bulk Data folder and writes it all or
 * nothing. Every line is validated first; any problem (a bad line, a reference to nothing) stops the
 * import before a single row is written, and every problem is reported.
 */
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Database } from '@/lib/db/client';
import { tidyAfterBulkWrite } from '@/lib/db/maintenance';
import { ImportRejectedError } from './issues';
import { readImportFolder, type ReadProgress, type ResourcesByType } from './read-folder';
import { findDanglingReferences, type ExistingIds } from './references';
import { directoryResourceTypes, type DirectoryResourceType } from './resource-types';
import { importChangedAnything, writeImport, type ImportCounts, type WriteProgress } from './write-import';

export type ImportOptions = {
  onReadProgress?: ReadProgress;
  onWriteProgress?: WriteProgress;
  /** Fill a missing meta.lastUpdated with the import's time instead of refusing the resource (opt-in). */
  fillMissingLastUpdated?: boolean;
  now?: Date;
};
export type ImportReport = {
  counts: ImportCounts;
  resourceCount: number;
  ignoredFiles: string[];
  /** Why the database refused VACUUM ANALYZE after the import (the import itself stands); null when it ran or was not needed. */
  tidyProblem: string | null;
};

/** The tables an import writes: the resources' own, their join tables and the search's table. */
const writtenTables = [...directoryResourceTypes, 'PractitionerRoleLocation', 'PractitionerRoleNetwork', 'ListingSearchRow'] as const;

// One transaction holds the whole import; a large network on PGlite takes minutes, not Prisma's 5 s default.
const TRANSACTION_TIMEOUT_MS = 30 * 60_000;

export async function importDirectoryFolder(db: Database, folder: string, options: ImportOptions = {}): Promise<ImportReport> {
  const fill = options.fillMissingLastUpdated ? (options.now ?? new Date()).toISOString() : undefined;
  const { resources, issues, ignoredFiles } = await readImportFolder(folder, options.onReadProgress, { fillMissingLastUpdated: fill });
  if (issues.length > 0) throw new ImportRejectedError(issues, 'lines');
  const counts = await db.$transaction(
    async (tx) => {
      const dangling = await findDanglingReferences(resources, existingIdsIn(tx));
      // Throwing rolls the (still empty) transaction back: nothing is written.
      if (dangling.length > 0) throw new ImportRejectedError(dangling, 'references');
      return writeImport(tx, resources, options.onWriteProgress);
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 60_000 },
  );
  const tidyProblem = importChangedAnything(counts) ? await tidyAfterBulkWrite(db, writtenTables) : null;
  return { counts, resourceCount: countResources(resources), ignoredFiles, tidyProblem };
}

function countResources(resources: ResourcesByType): number {
  return directoryResourceTypes.reduce((total, type) => total + resources[type].length, 0);
}

function existingIdsIn(tx: Prisma.TransactionClient): ExistingIds {
  const select = { id: true } as const;
  const find = (type: DirectoryResourceType, ids: string[]): Promise<{ id: string }[]> => {
    const where = { id: { in: ids } };
    switch (type) {
      case 'Organization':
        return tx.organization.findMany({ where, select });
      case 'Location':
        return tx.location.findMany({ where, select });
      case 'Practitioner':
        return tx.practitioner.findMany({ where, select });
      case 'HealthcareService':
        return tx.healthcareService.findMany({ where, select });
      case 'PractitionerRole':
        return tx.practitionerRole.findMany({ where, select });
      case 'OrganizationAffiliation':
        return tx.organizationAffiliation.findMany({ where, select });
      case 'InsurancePlan':
        return tx.insurancePlan.findMany({ where, select });
      case 'Endpoint':
        return tx.endpoint.findMany({ where, select });
    }
  };
  return async (type, ids) => new Set((await find(type, ids)).map((row) => row.id));
}
