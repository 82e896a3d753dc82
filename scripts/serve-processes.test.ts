import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

describe('WEB_PROCESSES', () => {
  it('refuses more than one server process on the embedded database, saying what to set', () => {
    const result = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/serve.ts', '--port', '0', '--hostname', '127.0.0.1'], {
      cwd: root,
      env: { ...process.env, WEB_PROCESSES: '2', DATABASE_URL: '', DATA_DIR: 'memory://' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('WEB_PROCESSES=2 needs DATABASE_URL');
  });

  it('gives up, failing, when its server processes keep stopping (here: no build to serve)', () => {
    const result = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/serve.ts', '--port', '0', '--hostname', '127.0.0.1'], {
      cwd: root,
      env: { ...process.env, WEB_PROCESSES: '2', DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none', NEXT_DIST_DIR: '.next-no-such-build' },
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(result.stderr).toContain('starting another');
    expect(result.stderr).toContain('giving up');
    expect(result.status).toBe(1);
  }, 90_000);

  it('refuses a number of processes it cannot run, naming the setting', () => {
    const result = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/serve.ts'], {
      cwd: root,
      env: { ...process.env, WEB_PROCESSES: 'many' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain('WEB_PROCESSES="many" is not valid');
  });
});
