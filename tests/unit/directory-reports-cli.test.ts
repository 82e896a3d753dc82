import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabaseSession } from '@/lib/db/session';
import { parseReportForm } from '@/lib/directory/reports/schema';
import { createListingReport } from '@/lib/directory/reports/store';
import { createTestListing, type TestListing } from '@/tests/db/listing-rows';

/** What staff see from `npm run directory:reports`, run as they run it, on an embedded database of its own. */
const root = process.cwd();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reports-cli-'));
const run = (...args: string[]) =>
  spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/directory-reports.ts', ...args], {
    cwd: root,
    // DATABASE_URL empty means "not set", so the script uses the PGlite folder even where CI sets one.
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    encoding: 'utf8',
  });

let listing: TestListing;
let reportId: string;

beforeAll(async () => {
  const session = await openDatabaseSession({ kind: 'pglite', dataDir });
  try {
    listing = await createTestListing(session.db);
    const parsed = parseReportForm({
      problem: 'wrong-phone',
      details: 'The number goes to a fax machine.\r\nCall the \u001b[2Jmain line.',
      contact: 'ana@example.org',
    });
    if (!parsed.ok) throw new Error('test report is invalid');
    reportId = await createListingReport(session.db, listing.roleId, parsed.value);
    // 18:05 UTC on 20 November is 10:05 in the morning in Oregon.
    await session.db.providerReport.update({ where: { id: reportId }, data: { createdAt: new Date('2026-11-20T18:05:00Z') } });
  } finally {
    await session.close();
  }
}, 120_000);
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('npm run directory:reports', { timeout: 120_000 }, () => {
  it('refuses arguments it does not know with exit code 2 and the usage, before opening the database', () => {
    const result = run('--everything');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Unknown option '--everything'");
    expect(result.stderr).toContain('Usage: npm run directory:reports -- [--all] [--json] [--resolve <id>]');
  });

  it('lists an open report in plain English, with the time in Oregon and what staff need to check it', () => {
    const result = run();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('1 open report, newest first');
    expect(result.stdout).toContain('Nov 20, 2026, 10:05 AM PST · The phone number is wrong');
    expect(result.stdout).toContain(`Listing:  ${listing.practitionerName}, ${listing.organizationName} (listing ${listing.roleId})`);
    expect(result.stdout).toContain(`Phone:    ${listing.firstLocationPhone}`);
    // Later lines line up under the first; a control character cannot clear the staff member's screen.
    expect(result.stdout).toContain('Details:  The number goes to a fax machine.\n            Call the ?[2Jmain line.\n');
    expect(result.stdout).toContain('Contact:  ana@example.org');
    expect(result.stdout).toContain(`Report:   ${reportId}`);
  });

  it('prints the same as JSON with --json', () => {
    const result = run('--json');
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      expect.objectContaining({ id: reportId, problem: 'wrong-phone', createdAt: '2026-11-20T18:05:00.000Z', resolvedAt: null }),
    ]);
  });

  it('resolves a report, which then leaves the open list but stays in --all', () => {
    const resolved = run('--resolve', reportId);
    expect(resolved.status, resolved.stderr).toBe(0);
    expect(resolved.stdout).toContain(`Report ${reportId} is resolved.`);

    const open = run();
    expect(open.status, open.stderr).toBe(0);
    expect(open.stdout.trim()).toBe('No open reports.');

    const all = run('--all');
    expect(all.stdout).toContain('1 report, newest first');
    expect(all.stdout).toMatch(/Resolved: \w{3} \d+, \d{4}, \d+:\d{2} [AP]M P[SD]T/);
  });

  it('says so, with exit code 1, when asked to resolve a report that does not exist', () => {
    const result = run('--resolve', 'no-such-report');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('No report has the id "no-such-report".');
  });
});
