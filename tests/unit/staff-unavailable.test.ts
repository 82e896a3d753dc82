import { NextRequest } from 'next/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** The database as the proxy sees it: answering, or failing the way an unreadable PGlite folder does. */
let databaseDown = false;
vi.mock('@/lib/db', () => ({
  getDb: () => {
    if (databaseDown) throw Object.assign(new Error('cannot open .data/pglite for zoltan@example.org'), { name: 'DatabaseOpenError' });
    return { $queryRaw: async () => [{ '?column?': 1 }] };
  },
}));

/** next-intl's middleware stands in for the member language routes (its ESM build does not load under vitest). */
const languageRoutes = vi.fn((request: NextRequest) => new Response(null, { status: 307, headers: { location: `/en${request.nextUrl.pathname}` } }));
vi.mock('next-intl/middleware', () => ({ default: () => languageRoutes }));

const { default: proxy } = await import('@/proxy');
const { csvResponse } = await import('@/lib/staff/csv-response');

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  databaseDown = false;
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => errors.mockRestore());

const visit = (path: string) => proxy(new NextRequest(`http://localhost:3000${path}`));

describe('the staff area when the database is down', () => {
  it.each(['/staff', '/staff/sign-in', '/staff/feedback?from=2026-11-01', '/staff/reports', '/staff/join-requests', '/staff/searches'])(
    '%s answers 503 with a plain page that needs no JavaScript',
    async (path) => {
      databaseDown = true;
      const response = await visit(path);
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('retry-after')).toBe('60');
      expect(response.headers.get('cache-control')).toBe('no-store');
      const html = await response.text();
      expect(html).toContain('<h1>The staff area is unavailable</h1>');
      expect(html).toContain('cannot reach its database just now');
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toContain('zoltan');
    },
  );

  it.each(['/staff/feedback/export', '/staff/join-requests/export'])('%s answers 503 in plain text', async (path) => {
    databaseDown = true;
    const response = await visit(path);
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toMatch(/^The staff area cannot reach its database just now\..*\n$/);
  });

  it('logs the kind of failure and the path, never the error message or the query string', async () => {
    databaseDown = true;
    await visit('/staff/feedback?from=2026-11-01&secret=zoltan');
    expect(errors).toHaveBeenCalledWith('staff area: database unavailable (DatabaseOpenError) at /staff/feedback');
    expect(JSON.stringify(errors.mock.calls)).not.toMatch(/zoltan|secret/);
  });

  it('lets staff pages through when the database answers, and leaves member pages to the language routes', async () => {
    const staff = await visit('/staff/reports');
    expect(staff.status).toBe(200);
    expect(staff.headers.get('x-middleware-next')).toBe('1');
    expect(languageRoutes).not.toHaveBeenCalled();
    databaseDown = true;
    expect((await visit('/')).status).toBe(307);
    expect(languageRoutes).toHaveBeenCalledTimes(1);
  });
});

describe('a staff export whose database fails before the download starts', () => {
  it('answers 503 in plain text rather than an empty download, logging only the kind and path', async () => {
    async function* failing(): AsyncGenerator<string> {
      yield 'header\r\n';
      throw Object.assign(new Error('row for ana@example.org'), { name: 'DriverAdapterError', code: 'ECONNREFUSED' });
    }
    const response = await csvResponse.stream(failing(), 'feedback.csv', '/staff/feedback/export');
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(errors).toHaveBeenCalledWith('export failed (DriverAdapterError ECONNREFUSED) at /staff/feedback/export');
    expect(JSON.stringify(errors.mock.calls)).not.toContain('ana@example.org');
  });
});
