import { describe, expect, it } from 'vitest';
import { useImportedApi, schemaErrors } from '@/tests/fhir/harness';
import { sampleDataset } from '@/tests/fixtures/sample-network';

/** The diagnostics of a searchset's OperationOutcome entry, or '' when it has none. */
const outcomeText = (body: { entry?: { resource: { resourceType: string; issue?: { diagnostics?: string }[] }; search?: { mode?: string } }[] }) =>
  (body.entry ?? [])
    .filter((entry) => entry.search?.mode === 'outcome' && entry.resource.resourceType === 'OperationOutcome')
    .flatMap((entry) => entry.resource.issue?.map((issue) => issue.diagnostics ?? '') ?? [])
    .join(' ');

describe('FHIR API: nothing a client asks for is dropped silently', { timeout: 120_000 }, () => {
  const { request } = useImportedApi(sampleDataset);

  it.each([
    ['Practitioner?_has:Claim:patient:status=active', '_has:Claim:patient:status'],
    ['PractitionerRole?_include=*', '_include'],
    ['PractitionerRole?_include=PractitionerRole:location:Organization', '_include'],
    ['Location?nonsense=1', 'nonsense'],
    ['Practitioner?_summary=true', '_summary'],
  ])('lenient: %s answers and names what it ignored in an OperationOutcome entry', async (pathAndQuery, named) => {
    const { status, body } = await request(pathAndQuery);
    expect(status).toBe(200);
    expect(schemaErrors(body)).toEqual([]);
    expect(outcomeText(body)).toContain(named);
    expect(outcomeText(body)).toContain('ignored');
    // The self link shows the search as the server ran it.
    expect(decodeURIComponent(body.link.find((link: { relation: string }) => link.relation === 'self')?.url ?? '')).not.toContain(named);
  });

  it('strict: the same requests are refused with 400', async () => {
    for (const pathAndQuery of ['Practitioner?_has:Claim:patient:status=active', 'PractitionerRole?_include=*', 'Location?nonsense=1']) {
      const { status, body } = await request(pathAndQuery, { prefer: 'handling=strict' });
      expect(status, pathAndQuery).toBe(400);
      expect(body.resourceType).toBe('OperationOutcome');
    }
  });

  it('a supported search carries no outcome entry, and every served resource starts with resourceType', async () => {
    const { body } = await request('PractitionerRole?_count=3&_include=PractitionerRole:practitioner');
    expect(outcomeText(body)).toBe('');
    for (const entry of body.entry ?? []) expect(Object.keys(entry.resource)[0]).toBe('resourceType');
    const id = body.entry?.[0]?.resource.id;
    const read = await request(`PractitionerRole/${id}`);
    expect(Object.keys(read.body)[0]).toBe('resourceType');
  });
});
