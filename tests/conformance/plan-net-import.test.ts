/** directory:import and directory:export over the whole third-party Plan-Net fixture. */
import { describe, expect, it } from 'vitest';
import { importDirectoryFolder } from '@/lib/directory/import/importer';
import { directoryResourceTypes } from '@/lib/directory/import/resource-types';
import { testBackends, useTestDatabase } from '@/tests/db/test-databases';
import { describeExportRoundTrip } from '@/tests/fhir/round-trip';
import { conformanceSuiteName, planNetFixture, planNetWithSupplement, skipConformance } from './plan-net';

for (const backend of testBackends) {
  describe.skipIf(backend.skip || skipConformance)(conformanceSuiteName(`directory:import ${backend.label}`), { timeout: 180_000 }, () => {
    const session = useTestDatabase(backend);
    const lineCount = (type: (typeof directoryResourceTypes)[number]) => planNetFixture.resources(type).length;

    it('loads every resource: one row per NDJSON line of each type', async () => {
      const [folder = ''] = planNetFixture.folders();
      const report = await importDirectoryFolder(session.db, folder);
      expect(report.resourceCount).toBe(directoryResourceTypes.reduce((sum, type) => sum + lineCount(type), 0));
      for (const type of directoryResourceTypes) expect(report.counts.byType[type]).toEqual({ created: lineCount(type), updated: 0, unchanged: 0 });
    });

    it('changes nothing when the same files are imported again', async () => {
      const [folder = ''] = planNetFixture.folders();
      const report = await importDirectoryFolder(session.db, folder);
      for (const type of directoryResourceTypes) expect(report.counts.byType[type]).toEqual({ created: 0, updated: 0, unchanged: lineCount(type) });
      expect(report.counts.rederivedRoles).toBe(0);
    });
  });
}

describeExportRoundTrip(conformanceSuiteName('directory:export round trip'), planNetWithSupplement, { skip: skipConformance });
