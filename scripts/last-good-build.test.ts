import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildKeepingLastGood } from './last-good-build.mjs';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function buildFolder(buildId?: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'last-good-'));
  folders.push(root);
  const distDir = path.join(root, '.next');
  if (buildId) {
    fs.mkdirSync(path.join(distDir, 'cache'), { recursive: true });
    fs.writeFileSync(path.join(distDir, 'BUILD_ID'), buildId);
    fs.writeFileSync(path.join(distDir, 'cache', 'big'), 'cache');
  }
  return distDir;
}

/** A build step that writes a half-finished folder, as a failing `next build` does. */
const failingBuild = (distDir: string) => () => {
  fs.rmSync(distDir, { recursive: true, force: true });
  fs.mkdirSync(distDir, { recursive: true });
  fs.writeFileSync(path.join(distDir, 'half-written'), '');
  return false;
};

describe('npm start when a rebuild fails', () => {
  it('puts the last good build back, says so loudly, and leaves no copy behind', () => {
    const distDir = buildFolder('old-build');
    const warnings: string[] = [];
    expect(buildKeepingLastGood({ distDir, build: failingBuild(distDir), warn: (text: string) => warnings.push(text) })).toBe('kept-last-good');
    expect(fs.readFileSync(path.join(distDir, 'BUILD_ID'), 'utf8')).toBe('old-build');
    expect(fs.existsSync(path.join(distDir, 'half-written'))).toBe(false);
    expect(fs.existsSync(`${distDir}-last-good`)).toBe(false);
    expect(warnings.join('\n')).toMatch(/LAST GOOD BUILD/);
  });

  it('uses the new build when it succeeds', () => {
    const distDir = buildFolder('old-build');
    const build = () => {
      fs.writeFileSync(path.join(distDir, 'BUILD_ID'), 'new-build');
      return true;
    };
    expect(buildKeepingLastGood({ distDir, build, warn: () => {} })).toBe('built');
    expect(fs.readFileSync(path.join(distDir, 'BUILD_ID'), 'utf8')).toBe('new-build');
    expect(fs.existsSync(`${distDir}-last-good`)).toBe(false);
  });

  it('fails when there was no build to fall back on', () => {
    const distDir = buildFolder();
    expect(buildKeepingLastGood({ distDir, build: failingBuild(distDir), warn: () => {} })).toBe('failed');
  });
});
