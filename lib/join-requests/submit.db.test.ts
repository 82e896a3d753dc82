import { beforeEach, describe, expect, it } from 'vitest';
import { parseSettings } from '@/lib/env';
import { issueFormToken } from '@/lib/forms/form-token';
import { testBackends, useTestDatabase } from '@/tests/db/test-databases';
import { countJoinRequests, listJoinRequests, setJoinRequestStatus } from './store';
import { submitJoinRequest } from './submit';

const tokenSecret = 'test secret of at least 32 characters';
const settings = parseSettings({
  FEEDBACK_TOKEN_SECRET: tokenSecret,
  FEEDBACK_MIN_SECONDS: '3',
  JOIN_REQUEST_RATE_LIMIT: '3',
  RATE_LIMIT_SALT: 'test salt of at least 32 characters',
});
const now = new Date('2026-11-25T12:00:00Z');
const loadedAt = new Date(now.getTime() - 60_000);

const fields = {
  name: 'Rogue Valley Family Clinic',
  specialty: '207Q00000X',
  phone: '541-555-0100',
  fax: '',
  email: 'office@rvfc.example.org',
  street: '100 E Main St',
  city: 'Medford',
  state: 'OR',
  zip: '97501',
  npi: '1234567893',
  tin: '93-1234567',
  medicaidId: '500123456',
};

function request(overrides: Record<string, string> = {}, token = issueFormToken(tokenSecret, loadedAt)): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries({ formToken: token, ...fields, ...overrides })) data.set(name, value);
  return data;
}

for (const backend of testBackends) {
  describe.skipIf(backend.skip)(`submitJoinRequest ${backend.label}`, { timeout: 120_000 }, () => {
    let address = 0;
    const context = (at = now) => ({ locale: 'es', clientAddress: `203.0.113.${address}`, now: at, db: session.db, settings });
    const session = useTestDatabase(backend);
    beforeEach(async () => {
      address += 1;
      await session.db.joinRequest.deleteMany();
    });

    it('stores a valid request once, normalized, and gives a reference', async () => {
      const state = await submitJoinRequest(request({ phone: '(541) 555-0100', tin: '931234567' }), context());
      expect(state).toMatchObject({ status: 'sent', duplicate: false, reference: expect.stringMatching(/^[2-9A-Z]{8}$/) });
      const [row] = await listJoinRequests(session.db);
      expect(row).toMatchObject({
        name: fields.name,
        phone: '541-555-0100',
        tin: '93-1234567',
        npi: '1234567893',
        medicaidId: '500123456',
        status: 'new',
        locale: 'es',
      });
      if (state.status === 'sent') expect(row?.reference).toBe(state.reference);
    });

    it('recognizes the same form sent twice, and a second request for the same NPI within a day', async () => {
      const token = issueFormToken(tokenSecret, loadedAt);
      const first = await submitJoinRequest(request({}, token), context());
      const retry = await submitJoinRequest(request({}, token), context());
      const sameNpi = await submitJoinRequest(request({ name: 'Another name, same NPI' }), context(new Date(now.getTime() + 23 * 3600_000)));
      if (first.status !== 'sent') throw new Error(first.status);
      expect(retry).toEqual({ status: 'sent', reference: first.reference, duplicate: 'retry' });
      expect(sameNpi).toEqual({ status: 'sent', reference: first.reference, duplicate: 'same-npi' });
      expect(await session.db.joinRequest.count()).toBe(1);
      // A day later it is a new request.
      const later = await submitJoinRequest(
        request({}, issueFormToken(tokenSecret, new Date(now.getTime() + 25 * 3600_000 - 60_000))),
        context(new Date(now.getTime() + 25 * 3600_000)),
      );
      expect(later).toMatchObject({ status: 'sent', duplicate: false });
      expect(await session.db.joinRequest.count()).toBe(2);
    });

    it('stores one request when the same NPI arrives from several forms at once', async () => {
      const states = await Promise.all(
        Array.from({ length: 6 }, (_, index) => submitJoinRequest(request({ name: `Clinic ${index}` }), { ...context(), clientAddress: `192.0.2.${index}` })),
      );
      expect(states.every((state) => state.status === 'sent')).toBe(true);
      expect(await session.db.joinRequest.count()).toBe(1);
      expect(new Set(states.map((state) => (state.status === 'sent' ? state.reference : '')))).toHaveProperty('size', 1);
    });

    it('keeps what was typed and says what to fix; stores nothing', async () => {
      const state = await submitJoinRequest(request({ npi: '1234567890', email: 'office@' }), context());
      expect(state).toMatchObject({
        status: 'invalid',
        fieldErrors: { npi: 'check-digit', email: 'invalid' },
        values: { npi: '1234567890', name: fields.name },
      });
      expect(await session.db.joinRequest.count()).toBe(0);
    });

    it('thanks scripts without storing: the honeypot, or a form sent as soon as it loaded', async () => {
      expect(await submitJoinRequest(request({ website: 'spam.example' }), context())).toMatchObject({ status: 'sent' });
      expect(await submitJoinRequest(request({}, issueFormToken(tokenSecret, new Date(now.getTime() - 1000))), context())).toMatchObject({ status: 'sent' });
      expect(await session.db.joinRequest.count()).toBe(0);
    });

    it('limits requests per client, keeping what was typed', async () => {
      for (let i = 0; i < 3; i++) await submitJoinRequest(request({ npi: ['1245319599', '1003000126', '1730188426'][i] ?? '' }), context());
      const limited = await submitJoinRequest(request(), context());
      expect(limited).toMatchObject({ status: 'rate-limited', values: { npi: fields.npi } });
    });

    it('says the database could not save it, keeping what was typed', async () => {
      const broken = { ...context(), db: { ...session.db, $queryRaw: () => Promise.reject(new Error('connection refused')) } as unknown as typeof session.db };
      expect(await submitJoinRequest(request(), broken)).toMatchObject({ status: 'unavailable', values: { name: fields.name } });
    });

    it('moves a request through new, contacted and closed', async () => {
      await submitJoinRequest(request(), context());
      const [row] = await listJoinRequests(session.db);
      expect(await setJoinRequestStatus(session.db, row?.id ?? '', 'contacted')).toBe(true);
      expect(await countJoinRequests(session.db)).toEqual({ new: 0, contacted: 1, closed: 0 });
      expect(await listJoinRequests(session.db, { status: 'new' })).toEqual([]);
      expect(await setJoinRequestStatus(session.db, '00000000-0000-0000-0000-000000000000', 'closed')).toBe(false);
    });
  });
}
