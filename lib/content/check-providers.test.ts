import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPageEmails } from './check-emails';
import { checkContentFiles } from './check-files';
import { checkMdxTree, checkPagePhones } from './check-mdx';
import { parseMdxTree } from './mdx-tree';
import { planSchema, type Plan } from './schemas';
import { parseYaml } from './yaml-source';

/* The provider contacts in content/plan.yaml (faxes, emails, claims) and the MDX that shows them. */

const FILE = 'content/plan.yaml';
const label = '    label:\n      en: A line\n      es: Una línea\n';
const phone = (key: string, number: string) => `  ${key}:\n    number: "${number}"\n${label}`;

/** A valid plan file; the provider part starts on line 22. */
const PLAN = `name: Test Care Plan
shortName: Test Care
website: https://example.org
program:
  en: Oregon Health Plan (OHP)
  es: Plan de Salud de Oregon (OHP)
serviceArea:
  en: Jackson County
  es: el condado de Jackson
hours:
  en: Monday to Friday
  es: De lunes a viernes
mailingAddress:
  - Test Care Plan
  - 1 Main St, Medford, OR 97501
links:
  ohp: https://www.oregon.gov/oha
phones:
${phone('customerService', '541-500-0567')}${phone('customerServiceTollFree', '855-722-8208')}${phone('tty', '711')}${phone('emergency', '911')}faxes:
  careManagement: 503-416-3637
emails:
  claimsHelp: claims@example.org
claims:
  payerId: "93975"
  mailingAddress:
    - Claims
    - PO Box 40328
    - Portland, OR 97240
`;

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

function planIssues(text: string) {
  return parseYaml(text, planSchema, FILE).issues;
}

function validPlan(text = PLAN): Plan {
  const { data, issues } = parseYaml(text, planSchema, FILE);
  if (!data) throw new Error(JSON.stringify(issues));
  return data;
}

describe('provider contacts in content/plan.yaml', () => {
  it('accepts faxes, e-mail addresses and the claims details', () => {
    expect(planIssues(PLAN)).toEqual([]);
    expect(validPlan().claims?.payerId).toBe('93975');
  });

  it('accepts a plan without a providers section', () => {
    const withoutProviders = PLAN.slice(0, PLAN.indexOf('faxes:'));
    const plan = validPlan(withoutProviders);
    expect(plan).toMatchObject({ faxes: {}, emails: {} });
    expect(plan.claims).toBeUndefined();
  });

  it.each([
    ['an e-mail address without a domain', 'claims@example.org', 'claims@example', 'emails.claimsHelp', 'write a whole e-mail address'],
    ['a payer ID written as a number', 'payerId: "93975"', 'payerId: 93975', 'claims.payerId', 'write the payer ID in quotes'],
    ['a payer ID with a space', 'payerId: "93975"', 'payerId: "93 975"', 'claims.payerId', 'a payer ID is 5 to 10 letters or digits'],
    ['a fax number with dots', 'careManagement: 503-416-3637', 'careManagement: 503.416.3637', 'faxes.careManagement', 'write the fax number as 555-555-5555'],
    ['an e-mail key with a dash', 'claimsHelp: claims', 'claims-help: claims', 'emails.claims-help', 'e-mail keys are one word in camelCase'],
    ['a claims address with one line', '    - PO Box 40328\n    - Portland, OR 97240\n', '', 'claims.mailingAddress', 'write at least two address lines'],
    ['an unknown claims field', '  payerId: "93975"', '  payerId: "93975"\n  payerID: "93975"', 'claims.payerID', '"payerID" is not a field here'],
  ])('reports %s with the file, line and field', (_name, from, to, field, message) => {
    const text = PLAN.replace(from, to);
    const key = field.split('.').pop() ?? field;
    const expectedLine = key === 'mailingAddress' ? lineOf(text, 'Claims') - 1 : lineOf(text, `${key}:`);
    expect(planIssues(text)).toEqual([{ file: FILE, line: expectedLine, field, message: expect.stringContaining(message) }]);
  });
});

describe('provider components in MDX', () => {
  const known = new Set(['/', '/providers']);
  const structure = (body: string, plan: Plan = validPlan()) =>
    checkMdxTree(parseMdxTree(body), { file: 'content/en/providers/claims.mdx', plan, known }).issues;

  it('accepts names that are in the plan file', () => {
    expect(structure('Fax <Fax name="careManagement" />, write <Email name="claimsHelp" />, use <PayerId />.\n\n<ClaimsAddress />')).toEqual([]);
  });

  it('names the missing fax or e-mail and lists the ones there are', () => {
    expect(structure('Write <Email name="claims" /> or fax <Fax name="careManagment" />.')).toEqual([
      expect.objectContaining({ line: 1, field: 'name', message: expect.stringContaining('no e-mail address "claims" in content/plan.yaml. Use one of: claimsHelp') }),
      expect.objectContaining({ line: 1, field: 'name', message: expect.stringContaining('no fax "careManagment" in content/plan.yaml. Use one of: careManagement') }),
    ]);
  });

  it('asks for the claims section when a page shows the payer ID without one', () => {
    const plan = validPlan(PLAN.slice(0, PLAN.indexOf('claims:')));
    expect(structure('Use <PayerId />.', plan)).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining('add claims: with payerId') })]);
  });

  it('refuses typed e-mail addresses, with or without mailto:', () => {
    const source = 'Write to claims@example.org.\n\n[Write to us](mailto:other@example.org)';
    expect(checkPageEmails(source, 'content/en/x.mdx', validPlan())).toEqual([
      { file: 'content/en/x.mdx', line: 1, message: expect.stringContaining('write <Email name="claimsHelp" /> instead of claims@example.org') },
      { file: 'content/en/x.mdx', line: 3, message: expect.stringContaining('add it to content/plan.yaml under emails:') },
    ]);
  });

  it('points a typed fax number to <Fax />', () => {
    expect(checkPagePhones('Fax 503-416-3637.', 'content/en/x.mdx', validPlan())).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringContaining('write <Fax name="careManagement" />') }),
    ]);
  });
});

describe('the providers folder', () => {
  let saved: string | undefined;
  let root = '';
  afterEach(() => {
    if (saved === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = saved;
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('holds pages one level deep, and nothing deeper', () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'providers-folder-'));
    saved = process.env.CONTENT_DIR;
    process.env.CONTENT_DIR = root;
    for (const relative of ['en/providers/claims.mdx', 'es/providers/claims.mdx', 'en/providers/old/claims.mdx', 'es/providers/Claims Help.mdx']) {
      fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
      fs.writeFileSync(path.join(root, relative), '---\n---\n');
    }
    expect(checkContentFiles().map((issue) => [path.relative(root, issue.file), issue.message])).toEqual([
      ['en/providers/old/claims.mdx', expect.stringContaining('move this file')],
      ['es/providers/Claims Help.mdx', expect.stringContaining('rename this file to claims-help.mdx')],
    ]);
  });
});
