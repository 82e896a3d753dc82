/**
 * npm run directory:demo -- <folder> [--seed N] [--today YYYY-MM-DD]
 *
 * Writes the sample Jackson County provider network as Plan-Net NDJSON in the FHIR Bulk Data
 * layout (<Type>.ndjson, one resource per line) for `npm run directory:import -- <folder>`.
 * The output is the same byte for byte on every run with the same options.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEMO_SEED, DEMO_TODAY, generateDemoNetwork, toNdjsonFiles } from '@/lib/directory/demo';
import { parseDay } from '@/lib/directory/demo/dates';
import { share, summarize } from '@/lib/directory/demo/inspect';

const USAGE = 'Usage: npm run directory:demo -- <folder> [--seed N] [--today YYYY-MM-DD]';

function parseArguments(args: string[]): { folder: string; seed: number; today: string } {
  let folder: string | undefined;
  let seed = DEMO_SEED;
  let today = DEMO_TODAY;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    if (arg === '--seed' || arg === '--today') {
      const value = args[++index];
      if (value === undefined) throw new Error(`${arg} needs a value.`);
      if (arg === '--seed') {
        seed = Number(value);
        if (!Number.isSafeInteger(seed)) throw new Error(`--seed must be a whole number, got "${value}".`);
      } else {
        today = value;
      }
    } else if (arg.startsWith('--')) throw new Error(`Unknown option ${arg}.`);
    else if (folder === undefined) folder = arg;
    else throw new Error(`Only one folder, please (got "${folder}" and "${arg}").`);
  }
  if (folder === undefined) throw new Error('Name the folder to write into.');
  parseDay(today);
  return { folder, seed, today };
}

function main(): void {
  let options: ReturnType<typeof parseArguments>;
  try {
    options = parseArguments(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const { folder, seed, today } = options;
  const network = generateDemoNetwork({ seed, today });
  const files = toNdjsonFiles(network);
  fs.mkdirSync(folder, { recursive: true });
  const others = fs.readdirSync(folder).filter((name) => name.endsWith('.ndjson') && !files.has(name));
  let bytes = 0;
  for (const [name, text] of files) {
    fs.writeFileSync(path.join(folder, name), text);
    bytes += Buffer.byteLength(text);
    console.log(
      `${name.padEnd(30)} ${String(text.split('\n').length - 1).padStart(5)} resources  ${(Buffer.byteLength(text) / 1024).toFixed(0).padStart(6)} KiB`,
    );
  }
  const summary = summarize(network, today);
  const practitioners = network.Practitioner.length;
  const percent = (part: number) => `${Math.round(share(part, practitioners) * 100)}%`;
  console.log(`\nWrote ${files.size} files (${(bytes / 1024 / 1024).toFixed(1)} MiB) to ${folder}, seed ${seed}, dates counted back from ${today}.`);
  console.log(
    `Care: ${Object.entries(summary.categories)
      .map(([category, count]) => `${category} ${percent(count)}`)
      .join(', ')}.`,
  );
  console.log(
    `Spanish speakers ${percent(summary.languages.es ?? 0)}; ASL ${summary.languages.ase ?? 0}; roles not verified in 180 days: ${summary.staleRoles}.`,
  );
  if (others.length > 0)
    console.warn(`Note: ${folder} also holds ${others.join(', ')}, which this run did not write; an import of the folder would read them too.`);
}

main();
