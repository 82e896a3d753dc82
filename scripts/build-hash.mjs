// One fingerprint of everything `next build` reads, so `npm start` and the e2e runner rebuild only
// when the site would come out different. A build folder carries the fingerprint it was made from.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Source folders and files the build reads (content/ is hashed from wherever CONTENT_DIR points). */
const sourceInputs = [
  'app',
  'components',
  'i18n',
  'lib',
  'messages',
  'prisma',
  'public',
  'types',
  'proxy.ts',
  'next.config.ts',
  'package.json',
  'package-lock.json',
  'postcss.config.mjs',
  'tsconfig.json',
];
/** Settings baked into prerendered pages (canonical addresses come from SITE_URL, else PORT). */
const buildSettings = ['SITE_URL', 'PORT', 'NODE_ENV'];
// Unit tests sit beside the modules they test but never reach the build: editing one rebuilds nothing.
const isUnitTest = (file) => /\.test\.tsx?$/.test(file);

/** Files under the inputs: tracked and new ones per git (so ignored output is left out), else every file. */
function sourceFiles(root) {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...sourceInputs], { cwd: root, encoding: 'utf8' });
  if (listed.status === 0) return listed.stdout.split('\0').filter((file) => file && fs.existsSync(path.join(root, file)));
  // A copy without git history (an unpacked archive): walk the folders instead.
  return sourceInputs.flatMap((entry) => filesUnder(root, entry));
}

function filesUnder(root, entry) {
  const absolute = path.join(root, entry);
  if (!fs.existsSync(absolute)) return [];
  if (!fs.statSync(absolute).isDirectory()) return [entry];
  return fs.readdirSync(absolute).flatMap((child) => filesUnder(root, path.join(entry, child)));
}

/**
 * Hex SHA-256 over the source files' names and bytes, the content folder's, and the build settings.
 * @param {{ root: string, contentDir?: string, env?: Record<string, string | undefined> }} options
 */
export function hashBuildInputs({ root, contentDir = path.join(root, 'content'), env = process.env }) {
  const hash = createHash('sha256');
  for (const file of sourceFiles(root)
    .filter((name) => !isUnitTest(name))
    .sort()) {
    hash.update(`source:${file}\0`).update(fs.readFileSync(path.join(root, file)));
  }
  for (const file of filesUnder(contentDir, '.').sort()) {
    hash.update(`content:${file}\0`).update(fs.readFileSync(path.join(contentDir, file)));
  }
  for (const name of buildSettings) hash.update(`setting:${name}=${env[name] ?? ''}\0`);
  return hash.digest('hex');
}

const stampFile = (distDir) => path.join(distDir, 'source-hash');

/** True when distDir holds a finished build made from exactly these inputs. */
export function isBuiltFrom(distDir, fingerprint) {
  if (!fs.existsSync(path.join(distDir, 'BUILD_ID')) || !fs.existsSync(stampFile(distDir))) return false;
  return fs.readFileSync(stampFile(distDir), 'utf8') === fingerprint;
}

/** Forget the stamp before building, so a build that stops halfway is never taken for a good one. */
export function clearBuildStamp(distDir) {
  fs.rmSync(stampFile(distDir), { force: true });
}

/** Call after a build succeeded. */
export function stampBuild(distDir, fingerprint) {
  fs.writeFileSync(stampFile(distDir), fingerprint);
}
