// `npm start` rebuilds when the sources changed. If that build fails (a content mistake, a type error),
// the site must not go dark: the previous build is put back and served, and the failure is said loudly.
import fs from 'node:fs';
import path from 'node:path';

/**
 * Runs `build()` (true on success) into `distDir`, keeping a copy of the build already there (without
 * its cache) and putting it back when the new one fails. Returns 'built', 'kept-last-good' (the new build
 * failed; the old one is back), or 'failed' (it failed and there was nothing to fall back on).
 */
export function buildKeepingLastGood({ distDir, build, warn = console.error }) {
  const kept = `${distDir}-last-good`;
  const hadBuild = fs.existsSync(path.join(distDir, 'BUILD_ID'));
  fs.rmSync(kept, { recursive: true, force: true });
  if (hadBuild) {
    const cache = path.join(distDir, 'cache');
    fs.cpSync(distDir, kept, { recursive: true, filter: (source) => source !== cache });
  }
  if (build()) {
    fs.rmSync(kept, { recursive: true, force: true });
    return 'built';
  }
  if (!hadBuild) return 'failed';
  fs.rmSync(distDir, { recursive: true, force: true });
  fs.renameSync(kept, distDir);
  const rule = '!'.repeat(78);
  warn(
    [
      rule,
      'THE NEW BUILD FAILED: the site is serving the LAST GOOD BUILD, without the latest changes.',
      'The reason is printed above (often a content mistake that `npm run content:check` names with',
      'its file and line). Fix it and restart; every start tries the new build again.',
      rule,
    ].join('\n'),
  );
  return 'kept-last-good';
}
