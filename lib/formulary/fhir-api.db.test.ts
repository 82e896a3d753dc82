/**
 * The drug list through the public FHIR API (/api/fhir): the sample list loaded through the importer,
 * then read and searched as another system would, with every expectation computed from the sample in
 * plain JavaScript, on each test database.
 */
import { describe, expect, it } from 'vitest';
import { testBackends, useTestDatabase } from '@/tests/db/test-databases';
import { requester, schemaErrors, type Body, type Resource } from '@/tests/fhir/harness';
import { extensionUrls, RXNORM } from './fhir-shapes';
import { generateSampleFormulary, SAMPLE_FORMULARY_ID } from './sample';
import { seedSampleFormularyIfEmpty } from './seed';

type SampleResource = Resource & { code?: { coding?: { code?: string; display?: string }[] }; synonym?: string[]; subject?: { reference: string } };
type Extension = { url: string; valueCode?: string; valueCodeableConcept?: { coding: { code: string }[] } };

const sample = generateSampleFormulary() as unknown as Record<'MedicationKnowledge' | 'Basic' | 'InsurancePlan', SampleResource[]>;
const extensionOf = (resource: SampleResource, url: string) => ((resource.extension ?? []) as Extension[]).find((extension) => extension.url === url);
const ids = (resources: { id: string }[]) => resources.map((resource) => resource.id).sort();

for (const backend of testBackends) {
  describe.skipIf(backend.skip)(`the drug list through the FHIR API ${backend.label}`, { timeout: 120_000 }, () => {
    const session = useTestDatabase(backend, {
      prepare: async () => {
        expect((await seedSampleFormularyIfEmpty(session.db)).seeded).toBe(true);
      },
    });
    const get = (pathAndQuery: string, headers?: Record<string, string>) => requester(() => session.db)(pathAndQuery, headers);
    /** Every match of a search, following next links. */
    async function everyMatch(first: string): Promise<{ matches: Resource[]; pages: Body[] }> {
      const pages: Body[] = [];
      for (let next: string | undefined = first; next;) {
        const { status, body } = await get(next);
        expect(status, next).toBe(200);
        pages.push(body);
        next = body.link.find((link) => link.relation === 'next')?.url.replace(/^.*\/api\/fhir\//, '');
      }
      return { matches: pages.flatMap((page) => (page.entry ?? []).filter((entry) => entry.search.mode === 'match').map((entry) => entry.resource)), pages };
    }

    it('reads each drug, its coverage and the formulary as imported, with their US Drug Formulary profiles', async () => {
      for (const [type, resource] of [
        ['MedicationKnowledge', sample.MedicationKnowledge[0]],
        ['Basic', sample.Basic[5]],
        ['InsurancePlan', sample.InsurancePlan[0]],
      ] as const) {
        const { status, body, headers } = await get(`${type}/${resource?.id}`);
        expect(status, type).toBe(200);
        expect(body, type).toEqual(resource);
        expect(Object.keys(body)[0]).toBe('resourceType');
        expect(headers.get('etag')).toMatch(/^W\/"/);
        expect(schemaErrors(body), type).toEqual([]);
      }
      expect((await get('MedicationKnowledge/no-such-drug')).status).toBe(404);
    });

    it('finds a drug by its RxNorm code and by the start of its name, and every item of the formulary, paged and counted', async () => {
      const drug = sample.MedicationKnowledge[3] as SampleResource;
      const code = drug.code?.coding?.[0]?.code ?? '';
      const byCode = await everyMatch(`MedicationKnowledge?code=${encodeURIComponent(`${RXNORM}|${code}`)}`);
      expect(ids(byCode.matches)).toEqual(ids(sample.MedicationKnowledge.filter((item) => item.code?.coding?.some((coding) => coding.code === code))));

      const named = (resource: SampleResource) =>
        [...(resource.code?.coding ?? []).map((coding) => coding.display ?? ''), ...(resource.synonym ?? [])].some((name) =>
          name.toLowerCase().startsWith('metf'),
        );
      expect(ids((await everyMatch('MedicationKnowledge?drug-name=Metf')).matches)).toEqual(ids(sample.MedicationKnowledge.filter(named)));

      const { matches, pages } = await everyMatch(`Basic?formulary=InsurancePlan/${SAMPLE_FORMULARY_ID}&_count=40`);
      expect(pages.length).toBe(Math.ceil(sample.Basic.length / 40));
      expect(pages[0]?.total).toBe(sample.Basic.length);
      expect(ids(matches)).toEqual(ids(sample.Basic));
      expect(schemaErrors(pages[0])).toEqual([]);
    });

    it("finds a drug's coverage through its subject, by availability and tier, and includes the drug", async () => {
      const item = sample.Basic[10] as SampleResource;
      const { status, body } = await get(`Basic?subject=${item.subject?.reference}&_include=Basic:subject`);
      expect(status).toBe(200);
      expect(body.entry?.map((entry) => [entry.search.mode, `${entry.resource.resourceType}/${entry.resource.id}`])).toEqual([
        ['match', `Basic/${item.id}`],
        ['include', item.subject?.reference],
      ]);
      const inactive = sample.Basic.filter((resource) => extensionOf(resource, extensionUrls.availabilityStatus)?.valueCode === 'inactive');
      expect(ids((await everyMatch('Basic?status=inactive&_count=100')).matches)).toEqual(ids(inactive));
      const specialty = sample.Basic.filter((resource) => extensionOf(resource, extensionUrls.drugTier)?.valueCodeableConcept?.coding[0]?.code === 'specialty');
      expect(specialty.length).toBeGreaterThan(0);
      expect(ids((await everyMatch('Basic?drug-tier=specialty&_count=100')).matches)).toEqual(ids(specialty));
    });

    it('names what it does not support instead of dropping it, and refuses it when asked to be strict', async () => {
      const lenient = await get('Basic?period=ge2026-01-01&_count=1');
      expect(lenient.status).toBe(200);
      const outcome = lenient.body.entry?.find((entry) => entry.search.mode === 'outcome')?.resource;
      expect(JSON.stringify(outcome)).toContain('period');
      expect((await get('Basic?period=ge2026-01-01', { prefer: 'handling=strict' })).status).toBe(400);
    });

    it('finds the formulary among the plans, and from its items', async () => {
      const formulary = `InsurancePlan/${SAMPLE_FORMULARY_ID}`;
      const byType = await get('InsurancePlan?type=formulary');
      expect(byType.body.entry?.map((entry) => `${entry.resource.resourceType}/${entry.resource.id}`)).toEqual([formulary]);
      expect(schemaErrors(byType.body)).toEqual([]);
      const item = sample.Basic[0] as SampleResource;
      const withFormulary = await get(`Basic?_id=${item.id}&_include=Basic:formulary`);
      expect(withFormulary.body.entry?.map((entry) => [entry.search.mode, `${entry.resource.resourceType}/${entry.resource.id}`])).toEqual([
        ['match', `Basic/${item.id}`],
        ['include', formulary],
      ]);
      const listed = await get(`InsurancePlan?_has:Basic:formulary:status=active&_total=accurate`);
      expect(listed.body.total).toBe(1);
    });

    it('states the drug list in the CapabilityStatement', async () => {
      const { body } = await get('metadata');
      const stated = (type: string) => body.rest[0]?.resource.find((resource) => resource.type === type);
      expect(stated('MedicationKnowledge')?.searchParam.map((parameter) => parameter.name)).toEqual(
        expect.arrayContaining(['_id', '_lastUpdated', 'code', 'drug-name', 'doseform', 'status']),
      );
      expect(stated('Basic')?.searchParam.map((parameter) => parameter.name)).toEqual(
        expect.arrayContaining(['_id', '_lastUpdated', 'code', 'subject', 'formulary', 'status', 'drug-tier']),
      );
      expect(stated('Basic')?.searchInclude).toEqual(['Basic:subject', 'Basic:formulary']);
      expect(stated('InsurancePlan')?.searchParam.map((parameter) => parameter.name)).toEqual(
        expect.arrayContaining(['_id', '_lastUpdated', 'identifier', 'status', 'type', 'name', 'coverage-type', 'formulary-coverage', 'coverage-area']),
      );
    });
  });
}
