import { describe, expect, it } from 'vitest';
import { testBackends, useTestDatabase } from '@/tests/db/test-databases';
import { describeFailure, errorKind } from './failures';

describe('errorKind', () => {
  it('names the error and its driver code, never its message', () => {
    const error = Object.assign(new Error('SELECT * FROM x WHERE name = $1 -- "María López"'), { code: 'ECONNREFUSED' });
    expect(errorKind(error)).toBe('Error ECONNREFUSED');
    expect(errorKind('a thrown string')).toBe('string');
  });
});

for (const backend of testBackends) {
  describe.skipIf(backend.skip)(`describeFailure ${backend.label}`, () => {
    const session = useTestDatabase(backend, { migrate: false });

    it('calls a failing query on a database that answers a bug', async () => {
      const bug = await session.db.$queryRaw`SELECT * FROM "NoSuchTable"`.catch((error: unknown) => error);
      expect(bug).toBeInstanceOf(Error);
      expect(await describeFailure(bug, () => session.db)).toEqual({ kind: expect.stringMatching(/^\w+Error/), outage: false });
    });

    it('calls a failure an outage when the database cannot even be opened', async () => {
      const unreachable = () => {
        throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
      };
      expect(await describeFailure(new Error('query failed'), unreachable)).toEqual({ kind: 'Error', outage: true });
    });
  });
}
