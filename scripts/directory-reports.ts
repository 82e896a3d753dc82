/**
 * npm run directory:reports — what members said is wrong with directory listings, for staff to check:
 * open reports newest first, with the listing, the clinic's phone, the member's words and how to reach
 * them. Reports hold what members typed: print them for staff, never paste them into tickets or logs.
 *
 *   npm run directory:reports                     open reports
 *   npm run directory:reports -- --all            resolved ones too
 *   npm run directory:reports -- --json           the same as JSON
 *   npm run directory:reports -- --resolve <id>   mark one report resolved
 */
import { parseArgs } from 'node:util';
import { problemInPlainEnglish } from '@/lib/directory/reports/problem-words';
import { listListingReports, resolveListingReport, UnknownReportError, type ListingReport } from '@/lib/directory/reports/store';
import { formatOregonTime } from '@/lib/oregon-time';
import { runDatabaseCommand } from './database-command';

const usage = `Usage: npm run directory:reports -- [--all] [--json] [--resolve <id>]
  (no options)    list open reports, newest first
  --all           include resolved reports
  --json          print JSON instead of text
  --resolve <id>  mark the report with this id resolved`;

/** More than this is a backlog to work through, not a list to read; the newest come first. */
const shownAtMost = 500;

const inOregon = (date: Date) => formatOregonTime(date, 'dateTimeWithZone');

/**
 * Member text as it may go to a terminal: control characters (which could move the cursor or recolour
 * the screen) become "?", and later lines of the details line up under the first.
 */
const printable = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?')
    .replace(/\n/g, '\n            ');

function describeReport(report: ListingReport): string {
  const { listing } = report;
  const name = listing.practitionerName ?? '(no practitioner)';
  const clinic = listing.organizationName ?? '(no clinic)';
  const lines = [
    `${inOregon(report.createdAt)} · ${problemInPlainEnglish[report.problem]}`,
    `  Listing:  ${name}, ${clinic} (listing ${listing.roleId})`,
    `  Phone:    ${listing.phone ?? '(none on the first office)'}`,
    `  Details:  ${report.details === null ? '(none)' : printable(report.details)}`,
    `  Contact:  ${report.contact === null ? '(none left)' : printable(report.contact)}`,
  ];
  if (report.resolvedAt) lines.push(`  Resolved: ${inOregon(report.resolvedAt)}`);
  lines.push(`  Report:   ${report.id}`);
  return lines.join('\n');
}

function readArguments() {
  try {
    return parseArgs({
      args: process.argv.slice(2),
      options: { all: { type: 'boolean' }, json: { type: 'boolean' }, resolve: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    process.exit(2);
  }
}

const options = readArguments();
if (options.help) {
  console.log(usage);
  process.exit(0);
}
if (options.resolve !== undefined && (options.resolve.trim() === '' || options.all)) {
  console.error(`${options.all ? '--resolve and --all do not go together.' : '--resolve needs the id of a report.'}\n\n${usage}`);
  process.exit(2);
}

await runDatabaseCommand(
  async (session) => {
    if (options.resolve !== undefined) {
      const id = options.resolve.trim();
      const result = await resolveListingReport(session.db, id);
      if (options.json) console.log(JSON.stringify({ id, ...result }, null, 2));
      else console.log(result.alreadyResolved ? `Report ${id} was already resolved on ${inOregon(result.resolvedAt)}.` : `Report ${id} is resolved.`);
    } else {
      const reports = await listListingReports(session.db, { includeResolved: options.all, limit: shownAtMost });
      if (options.json) {
        console.log(JSON.stringify(reports, null, 2));
      } else if (reports.length === 0) {
        console.log(options.all ? 'No reports.' : 'No open reports.');
      } else {
        const what = options.all ? 'report' : 'open report';
        console.log(`${reports.length} ${what}${reports.length === 1 ? '' : 's'}, newest first (times in Oregon):\n`);
        console.log(reports.map(describeReport).join('\n\n'));
        if (reports.length === shownAtMost) console.log(`\nShowing the newest ${shownAtMost}; resolve some to see older ones.`);
        else if (!options.all) console.log('\nWhen a listing is fixed: npm run directory:reports -- --resolve <report id>');
      }
    }
  },
  (error) => (error instanceof UnknownReportError ? [`${error.message} List the open reports with: npm run directory:reports`] : null),
);
