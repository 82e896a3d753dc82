import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** What a staff member sees when they break a page: the command fails and names file, line and field. */
const root = process.cwd();
const run = (contentDir: string) =>
  spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/content-check.ts'], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });

const copies: string[] = [];
function copyOfContent(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-cli-'));
  fs.cpSync(path.join(root, 'content'), dir, { recursive: true });
  copies.push(dir);
  return dir;
}
afterAll(() => copies.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

// Each case starts the real CLI (tsx compiles it, then it reads every page): seconds on a busy machine.
describe('npm run content:check', { timeout: 60_000 }, () => {
  it('passes the shipped content and prints each English page grade', () => {
    const result = run(path.join(root, 'content'));
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/content\/en\/primary-care\.mdx\s+\d+\.\d\s+ok/);
  });

  it('fails on a broken frontmatter field, naming the file, the line and the field', () => {
    const dir = copyOfContent();
    const file = path.join(dir, 'es', 'pregnancy.mdx');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^lastReviewed: .*$/m, 'lastReviewed: 20 de noviembre'));
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toContain(`${path.join(dir, 'es', 'pregnancy.mdx')}:4: lastReviewed: write the date as YYYY-MM-DD`);
  });

  it('fails on a page without sources and on a toConfirm that is not a list', () => {
    const dir = copyOfContent();
    const withoutSources = path.join(dir, 'en', 'contact.mdx');
    fs.writeFileSync(withoutSources, fs.readFileSync(withoutSources, 'utf8').replace(/^sources:\n(?:  .*\n)+/m, ''));
    const wrongShape = path.join(dir, 'es', 'contact.mdx');
    fs.writeFileSync(
      wrongShape,
      fs
        .readFileSync(wrongShape, 'utf8')
        .replace(/^toConfirm:\n(?:  .*\n)+/m, '')
        .replace(/^lastReviewed: .*$/m, '$&\ntoConfirm: revisar el horario'),
    );
    const result = run(dir);
    expect(result.status).toBe(1);
    const output = result.stdout + result.stderr;
    expect(output).toContain(`${withoutSources}:2: sources: list where the page's facts come from under "sources:"`);
    expect(output).toContain(`${wrongShape}:5: toConfirm: list what staff must confirm, one line per item starting with "- "`);
  });

  it('fails when a Spanish page is missing', () => {
    const dir = copyOfContent();
    fs.rmSync(path.join(dir, 'es', 'contact.mdx'));
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toMatch(/contact\.mdx.*es\/contact\.mdx/);
  });
});
