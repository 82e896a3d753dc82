/**
 * The search benchmark's cache in `.bench-data/` (gitignored): the generated network and the loaded
 * databases, each in a folder named by what made it, so a change to the generator, the importer or
 * the migrations is never benchmarked against stale data. Folders are written whole or not at all.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..', '..');
export const cacheDir = path.join(root, '.bench-data');

/** A short hash of the files under the given folders (paths from the project root) and extra text. */
export function hashSources(folders: readonly string[], extra = ''): string {
  const hash = createHash('sha256').update(extra);
  const visit = (entry: string) => {
    const absolute = path.join(root, entry);
    if (!fs.existsSync(absolute)) return;
    if (fs.statSync(absolute).isDirectory()) {
      for (const child of fs.readdirSync(absolute).sort()) visit(path.join(entry, child));
    } else if (!/\.test\.ts$/.test(entry)) {
      hash.update(entry).update(fs.readFileSync(absolute));
    }
  };
  folders.forEach(visit);
  return hash.digest('hex').slice(0, 10);
}

/**
 * `<kind>-<key>` in the cache; other folders of the same kind (older keys) are removed to save disk,
 * after `beforeRemove` (which stops a server a killed run may have left running on one).
 */
export function cachePath(kind: string, key: string, beforeRemove: (folder: string) => void = () => {}): string {
  fs.mkdirSync(cacheDir, { recursive: true });
  const name = `${kind}-${key}`;
  for (const other of fs.readdirSync(cacheDir)) {
    if (other.startsWith(`${kind}-`) && other !== name && !other.startsWith(`${name}.`)) {
      console.log(`Removing an outdated benchmark cache: .bench-data/${other}`);
      if (fs.statSync(path.join(cacheDir, other)).isDirectory()) beforeRemove(path.join(cacheDir, other));
      fs.rmSync(path.join(cacheDir, other), { recursive: true, force: true });
    }
  }
  return path.join(cacheDir, name);
}

/** A loaded database is marked complete only after its import and ANALYZE finished. */
export const loadedMarker = (folder: string) => `${folder}.loaded`;
export const isLoaded = (folder: string) => fs.existsSync(loadedMarker(folder)) && fs.existsSync(folder);

export function markLoaded(folder: string, facts: object): void {
  fs.writeFileSync(loadedMarker(folder), `${JSON.stringify({ ...facts, loadedAt: new Date().toISOString() }, null, 2)}\n`);
}

export function forget(folder: string): void {
  fs.rmSync(loadedMarker(folder), { force: true });
  fs.rmSync(folder, { recursive: true, force: true });
}
