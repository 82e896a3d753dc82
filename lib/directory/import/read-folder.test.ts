import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatImportIssue, ImportFolderError } from './issues';
import { readImportFolder } from './read-folder';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

function folderWith(files: Record<string, unknown[]>): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-net-'));
  folders.push(folder);
  for (const [name, lines] of Object.entries(files)) {
    fs.writeFileSync(path.join(folder, name), lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n') + '\n');
  }
  return folder;
}

const meta = { lastUpdated: '2026-11-01T00:00:00Z' };
const practitioner = (id: string, extra: Record<string, unknown> = {}) => ({ resourceType: 'Practitioner', id, meta, name: [{ family: 'Ortega' }], ...extra });

describe('readImportFolder', () => {
  it('reads every resource of every type file, skipping blank lines', async () => {
    const folder = folderWith({
      'Practitioner.ndjson': [practitioner('a'), '', practitioner('b')],
      'Organization.ndjson': [{ resourceType: 'Organization', id: 'o', meta, name: 'Clinic' }],
      'README.md': [],
    });
    const { resources, issues, ignoredFiles } = await readImportFolder(folder);
    expect(issues).toEqual([]);
    expect(resources.Practitioner.map((line) => [line.resource.id, line.line])).toEqual([
      ['a', 1],
      ['b', 3],
    ]);
    expect(resources.Organization).toHaveLength(1);
    expect(ignoredFiles).toEqual([]);
  });

  it('reports every bad line as file:line: field: problem', async () => {
    const folder = folderWith({
      'Practitioner.ndjson': [
        practitioner('ok'),
        '{"resourceType": "Practitioner", "id": ',
        practitioner('no-family', { name: [{ given: ['Ana'] }] }),
        practitioner('bad gender', { gender: 'm' }),
        { ...practitioner('no-date'), meta: {} },
        practitioner('ok'),
        { resourceType: 'Location', id: 'misplaced', meta },
      ],
      'PractitionerRole.ndjson': [
        {
          resourceType: 'PractitionerRole',
          id: 'r',
          meta,
          practitioner: { reference: 'http://elsewhere.example/Practitioner/1' },
          extension: [
            {
              url: 'http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/newpatients',
              extension: [{ url: 'acceptingPatients', valueCodeableConcept: { coding: [{ code: 'yes' }] } }],
            },
          ],
        },
      ],
    });
    const file = (name: string) => path.join(folder, name);
    const { issues } = await readImportFolder(folder);
    expect(issues.map(formatImportIssue)).toEqual([
      expect.stringMatching(new RegExp(`^${file('Practitioner.ndjson')}:2: \\(line\\): not valid JSON`)),
      `${file('Practitioner.ndjson')}:3: name[0].family: add the family name`,
      `${file('Practitioner.ndjson')}:4: id: use 1-64 letters, digits, "-" or "." (a FHIR id)`,
      `${file('Practitioner.ndjson')}:4: gender: use male, female, other or unknown`,
      `${file('Practitioner.ndjson')}:5: meta.lastUpdated: is missing: write when the resource last changed, as a FHIR instant like 2026-11-20T09:30:00Z (or import with --fill-missing-last-updated)`,
      `${file('Practitioner.ndjson')}:6: id: "ok" is already on line 1; each resource may appear only once`,
      `${file('Practitioner.ndjson')}:7: resourceType: this file holds Practitioner resources; put other types in their own <Type>.ndjson`,
      `${file('Practitioner.ndjson')}:7: name: is required (array)`,
      `${file('PractitionerRole.ndjson')}:1: extension[0].extension[0].valueCodeableConcept.coding: use one of the codes newpt, nopt, existptonly, existptfam`,
      `${file('PractitionerRole.ndjson')}:1: practitioner.reference: write the reference as "Practitioner/<id>"`,
    ]);
  });

  it('says whether meta.lastUpdated is missing or malformed, and fills a missing one only when asked', async () => {
    const folder = folderWith({
      'Practitioner.ndjson': [
        { ...practitioner('no-date'), meta: {} },
        { ...practitioner('bad-date'), meta: { lastUpdated: '2020-07-07T13:26:22' } },
      ],
    });
    const messages = (await readImportFolder(folder)).issues.map((issue) => issue.message);
    expect(messages[0]).toMatch(/^is missing/);
    expect(messages[1]).toMatch(/^is not a FHIR instant with a time zone/);
    const filled = await readImportFolder(folder, () => {}, { fillMissingLastUpdated: '2026-12-05T10:00:00.000Z' });
    expect(filled.issues.map((issue) => issue.line)).toEqual([2]);
    expect(filled.resources.Practitioner.map((line) => line.json.meta)).toEqual([{ lastUpdated: '2026-12-05T10:00:00.000Z' }]);
  });

  it('names files it does not import and refuses a folder without resource files', async () => {
    const folder = folderWith({ 'Patient.ndjson': [{}], 'Endpoint.ndjson': [] });
    expect((await readImportFolder(folder)).ignoredFiles).toEqual(['Patient.ndjson']);
    await expect(readImportFolder(folderWith({ 'notes.txt': [] }))).rejects.toThrow(ImportFolderError);
    await expect(readImportFolder(path.join(os.tmpdir(), 'no-such-folder-for-import'))).rejects.toThrow(/Cannot read the folder/);
  });
});
