import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent, MAX_READING_GRADE } from './check';
import type { ContentIssue } from './issues';

/*
 * Each case writes a small, valid content folder (plus messages/), changes one thing and checks
 * that content:check reports exactly the expected issues: file, line, field and message fragment.
 */

const PLAN = `name: Test Care Plan
shortName: Test Care
website: https://example.org
program:
  en: Oregon Health Plan (OHP)
  es: Plan de Salud de Oregon (OHP)
serviceArea:
  en: Jackson County
  es: el condado de Jackson
phones:
  customerService:
    number: 541-500-0567
    label:
      en: Customer Service
      es: Servicio al Cliente
  customerServiceTollFree:
    number: 855-722-8208
    label:
      en: Customer Service, toll-free
      es: Servicio al Cliente, llamada gratuita
  tty:
    number: "711"
    label:
      en: TTY
      es: TTY
  ohpClientServices:
    number: 800-699-9075
    label:
      en: OHP Client Services
      es: Servicios al Cliente de OHP
  emergency:
    number: "911"
    label:
      en: Emergency
      es: Emergencias
  crisisLine:
    number: "988"
    label:
      en: Suicide and Crisis Lifeline
      es: Línea de Prevención del Suicidio y Crisis
hours:
  en: Monday to Friday, 8 a.m. to 5 p.m.
  es: De lunes a viernes, de 8 a. m. a 5 p. m.
mailingAddress:
  - Test Care Plan
  - 1 Main St, Medford, OR 97501
addresses:
  grievances:
    label:
      en: Grievance Coordinator
      es: Coordinador de quejas
    lines:
      - "Test Care Plan, Attn: Grievance Coordinator"
      - 1 Main St, Medford, OR 97501
links:
  ohp: https://www.oregon.gov/oha
`;

const TAGLINES = `- lang: vi
  language: Tiếng Việt
  english: Vietnamese
  text: Gọi {phone} ({tty}).
`;

const SOURCES = 'sources:\n  - title: Contact us, Test Care Plan\n    url: https://example.org/contact\n    read: 2026-11-20';

/**
 * A page: title, description and lastReviewed on lines 2 to 4, then any `extra` lines, then the
 * sources (4 lines, or `sources` in their place); with neither changed the body starts on line 11.
 */
function page(
  body: string,
  frontmatter: Partial<Record<'title' | 'description' | 'lastReviewed' | 'sources', string>> & { extra?: string } = {},
): string {
  const title = frontmatter.title ?? 'Contact us';
  const description = frontmatter.description ?? 'How to reach Customer Service by phone or by mail, and when we are open.';
  const lastReviewed = frontmatter.lastReviewed ?? '2026-11-20';
  const extra = frontmatter.extra ? `${frontmatter.extra}\n` : '';
  const sources = frontmatter.sources ?? SOURCES;
  return `---\ntitle: ${title}\ndescription: ${description}\nlastReviewed: ${lastReviewed}\n${extra}${sources ? `${sources}\n` : ''}---\n\n${body}\n`;
}

const CHECKLIST = (steps: string[]) =>
  `Check off each step when you are done.\n\n## Your first steps\n\n<Checklist id="new-member">\n${steps
    .map((id) => `  <Step id="${id}" title="Do the ${id} step">\n\n  Some text.\n\n  </Step>`)
    .join('\n')}\n</Checklist>`;

const MESSAGES_EN = { Nav: { home: 'Welcome', contact: 'Contact us' }, Footer: { copyright: '© {year} {planName}' } };
const MESSAGES_ES = { Nav: { home: 'Bienvenida', contact: 'Contáctenos' }, Footer: { copyright: '© {year} {planName}' } };

/** The valid starting point; a case replaces files (or deletes them with null). Paths are relative to the temp root. */
const BASE: Record<string, string> = {
  'content/plan.yaml': PLAN,
  'content/taglines.yaml': TAGLINES,
  'content/en/home.mdx': page('Welcome to <PlanName />. Call <Phone name="customerService" /> (<Tty />).\n\n## Get care\n\nSee [your PCP](/contact).'),
  'content/es/home.mdx': page('Bienvenido a <PlanName />. Llame al <Phone name="customerService" /> (<Tty />).\n\n## Reciba atención\n\nVea [su PCP](/contact).'),
  'content/en/contact.mdx': page('Call us.\n\n## Phone\n\nCall <Phone name="customerServiceTollFree" />.\n\n## Mail\n\n<Address name="grievances" />'),
  'content/es/contact.mdx': page('Llámenos.\n\n## Teléfono\n\nLlame al <Phone name="customerServiceTollFree" />.'),
  'content/en/getting-started.mdx': page(CHECKLIST(['wellness-visit', 'pharmacy'])),
  'content/es/getting-started.mdx': page(CHECKLIST(['wellness-visit', 'pharmacy'])),
  'messages/en.json': JSON.stringify(MESSAGES_EN, null, 2),
  'messages/es.json': JSON.stringify(MESSAGES_ES, null, 2),
};

let root = '';
let savedContentDir: string | undefined;
const abs = (relative: string) => path.join(root, relative);

function writeFixture(changes: Record<string, string | null>): void {
  const files = { ...BASE, ...changes };
  for (const [relative, text] of Object.entries(files)) {
    if (text === null) continue;
    fs.mkdirSync(path.dirname(abs(relative)), { recursive: true });
    fs.writeFileSync(abs(relative), text);
  }
}

async function check(changes: Record<string, string | null> = {}) {
  writeFixture(changes);
  return checkContent({ messagesDir: abs('messages') });
}

const plain = (issue: ContentIssue) => ({ file: issue.file, line: issue.line, field: issue.field, message: issue.message });

type Expected = { file: string; line?: number; field?: string; message: string };

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-check-'));
  savedContentDir = process.env.CONTENT_DIR;
  process.env.CONTENT_DIR = abs('content');
});

afterEach(() => {
  if (savedContentDir === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = savedContentDir;
  fs.rmSync(root, { recursive: true, force: true });
});

describe('checkContent on a small content folder', () => {
  it('passes valid content and grades each English page', async () => {
    const result = await check();
    expect(result.issues.map(plain)).toEqual([]);
    expect(result.grades.map((entry) => entry.file)).toEqual([
      abs('content/en/contact.mdx'),
      abs('content/en/getting-started.mdx'),
      abs('content/en/home.mdx'),
    ]);
  });

  const cases: { name: string; changes: Record<string, string | null>; expected: Expected[] }[] = [
    {
      name: 'a title over 70 characters',
      changes: { 'content/en/contact.mdx': page('Call us.', { title: 'A'.repeat(71) }) },
      expected: [{ file: 'content/en/contact.mdx', line: 2, field: 'title', message: 'keep the title to 70 characters or fewer' }],
    },
    {
      name: 'a date that is not YYYY-MM-DD',
      changes: { 'content/es/contact.mdx': page('Llámenos.', { lastReviewed: '20/11/2026' }) },
      expected: [{ file: 'content/es/contact.mdx', line: 4, field: 'lastReviewed', message: 'write the date as YYYY-MM-DD' }],
    },
    {
      name: 'an extra frontmatter field',
      changes: { 'content/en/contact.mdx': page('Call us.', { extra: 'author: Pat' }) },
      expected: [{ file: 'content/en/contact.mdx', line: 5, field: 'author', message: '"author" is not a field here' }],
    },
    {
      name: 'a page without sources',
      changes: { 'content/en/contact.mdx': page('Call us.', { sources: '' }) },
      expected: [{ file: 'content/en/contact.mdx', line: 2, field: 'sources', message: 'list where the page\'s facts come from under "sources:", each with title, url and read' }],
    },
    {
      name: 'an empty sources list',
      changes: { 'content/en/contact.mdx': page('Call us.', { sources: 'sources: []' }) },
      expected: [{ file: 'content/en/contact.mdx', line: 5, field: 'sources', message: 'list at least one source' }],
    },
    {
      name: 'a source without url and a source with a date that is not YYYY-MM-DD',
      changes: {
        'content/es/contact.mdx': page('Llámenos.', {
          sources: 'sources:\n  - title: Contacto, Test Care Plan\n    read: 2026-11-20\n  - title: Quejas, Test Care Plan\n    url: https://example.org/quejas\n    read: 20 de noviembre',
        }),
      },
      expected: [
        { file: 'content/es/contact.mdx', line: 6, field: 'sources.0.url', message: 'write the full address, starting with https://' },
        { file: 'content/es/contact.mdx', line: 10, field: 'sources.1.read', message: 'write the date as YYYY-MM-DD' },
      ],
    },
    {
      name: 'a source that is not a web address',
      changes: { 'content/en/contact.mdx': page('Call us.', { sources: 'sources:\n  - title: Our handbook\n    url: handbook.pdf\n    read: 2026-11-20' }) },
      expected: [{ file: 'content/en/contact.mdx', line: 7, field: 'sources.0.url', message: 'write the full address, starting with https://' }],
    },
    {
      name: 'toConfirm written as a map instead of a list',
      changes: { 'content/en/contact.mdx': page('Call us.', { extra: 'toConfirm:\n  hours: check the Saturday hours with the call center' }) },
      expected: [{ file: 'content/en/contact.mdx', line: 5, field: 'toConfirm', message: 'list what staff must confirm, one line per item starting with "- "' }],
    },
    {
      name: 'toConfirm with an empty item and a one-word item',
      changes: { 'content/es/contact.mdx': page('Llámenos.', { extra: 'toConfirm:\n  -\n  - horario' }) },
      expected: [
        { file: 'content/es/contact.mdx', line: 6, field: 'toConfirm.0', message: 'write each item to confirm as one line of text starting with "- "' },
        { file: 'content/es/contact.mdx', line: 7, field: 'toConfirm.1', message: 'say what staff must check, in a full sentence' },
      ],
    },
    {
      name: 'a page in English with no Spanish version',
      changes: { 'content/en/pregnancy.mdx': page('Care while you are pregnant.') },
      expected: [{ file: 'content/en/pregnancy.mdx', message: 'there is no Spanish version of this page: create {root}/content/es/pregnancy.mdx' }],
    },
    {
      name: 'a UI text key missing in Spanish',
      changes: { 'messages/es.json': JSON.stringify({ ...MESSAGES_ES, Nav: { home: 'Bienvenida' } }, null, 2) },
      expected: [{ file: 'messages/es.json', field: 'Nav.contact', message: 'the key "Nav.contact" is missing: add it (see {root}/messages/en.json:4)' }],
    },
    {
      name: 'an empty UI text',
      changes: { 'messages/en.json': JSON.stringify({ ...MESSAGES_EN, Nav: { home: ' ', contact: 'Contact us' } }, null, 2) },
      expected: [{ file: 'messages/en.json', line: 3, field: 'Nav.home', message: 'this text is empty' }],
    },
    {
      name: 'a missing messages file',
      changes: { 'messages/es.json': null },
      expected: [{ file: 'messages/es.json', message: 'the UI text file is missing' }],
    },
    {
      name: 'a translated {placeholder}',
      changes: { 'messages/es.json': JSON.stringify({ ...MESSAGES_ES, Footer: { copyright: '© {año} {planName}' } }, null, 2) },
      expected: [{ file: 'messages/es.json', line: 7, field: 'Footer.copyright', message: 'add {year} and remove {año}' }],
    },
    {
      name: 'an unknown component',
      changes: { 'content/en/contact.mdx': page('Call us.\n\n<Foo />') },
      expected: [{ file: 'content/en/contact.mdx', line: 13, message: '<Foo> is not a component you can use' }],
    },
    {
      name: 'a Phone name that is not in plan.yaml',
      changes: { 'content/en/contact.mdx': page('Call us.\n\nOr call <Phone name="nope" /> today.') },
      expected: [{ file: 'content/en/contact.mdx', line: 13, field: 'name', message: 'there is no phone "nope" in content/plan.yaml' }],
    },
    {
      name: 'an Address name that is not in plan.yaml',
      changes: { 'content/en/contact.mdx': page('Call us.\n\nWrite to us:\n\n<Address name="appeals" />') },
      expected: [{ file: 'content/en/contact.mdx', line: 15, field: 'name', message: 'there is no postal address "appeals" in content/plan.yaml' }],
    },
    {
      name: 'a Callout without kind, with a wrong value and an unknown attribute',
      changes: {
        'content/en/contact.mdx': page('Call us.\n\n<Callout title="Help">\nText.\n</Callout>\n\n<Callout kind="danger" color="red">\nText.\n</Callout>'),
      },
      expected: [
        { file: 'content/en/contact.mdx', line: 13, field: 'kind', message: 'add kind="..." to <Callout> (one of "info", "warning", "emergency")' },
        { file: 'content/en/contact.mdx', line: 17, field: 'kind', message: 'kind must be one of "info", "warning", "emergency", not "danger"' },
        { file: 'content/en/contact.mdx', line: 17, field: 'color', message: '"color" is not an attribute of <Callout>. It takes: kind, title' },
      ],
    },
    {
      name: 'a typed phone number that is a plan phone',
      changes: { 'content/en/contact.mdx': page('Call us.\n\nCall 541-500-0567 today.') },
      expected: [{ file: 'content/en/contact.mdx', line: 13, message: 'write <Phone name="customerService" /> instead of 541-500-0567' }],
    },
    {
      name: 'typed phone numbers in other forms',
      changes: {
        'content/en/contact.mdx': page('Call us.\n\nCall (541) 500-0567, or 1-855-722-8208.\n\nOr 541.500.0567 or 503-555-1234.'),
      },
      expected: [
        { file: 'content/en/contact.mdx', line: 13, message: 'write <Phone name="customerService" /> instead of (541) 500-0567' },
        { file: 'content/en/contact.mdx', line: 13, message: 'write <Phone name="customerServiceTollFree" /> instead of 1-855-722-8208' },
        { file: 'content/en/contact.mdx', line: 15, message: 'write <Phone name="customerService" /> instead of 541.500.0567' },
        { file: 'content/en/contact.mdx', line: 15, message: 'add this number to content/plan.yaml under phones: and use <Phone name="..." />' },
      ],
    },
    {
      name: 'a typed phone number in the frontmatter',
      changes: { 'content/es/contact.mdx': page('Llámenos.', { description: 'Llame a Servicio al Cliente al 541-500-0567 de lunes a viernes, de 8 a 5.' }) },
      expected: [{ file: 'content/es/contact.mdx', line: 3, field: 'description', message: 'write <Phone name="customerService" /> instead of 541-500-0567' }],
    },
    {
      name: 'short codes like 911, 988 and 711 in text',
      changes: { 'content/en/contact.mdx': page('Call us.\n\nIn an emergency call 911. For a crisis call or text 988. TTY users dial 711.') },
      expected: [],
    },
    {
      name: 'a link to a page that does not exist',
      changes: { 'content/en/contact.mdx': page('Call us.\n\nSee [the page](/no-such-page).') },
      expected: [{ file: 'content/en/contact.mdx', line: 13, message: 'there is no page at /no-such-page' }],
    },
    {
      name: 'a link with the language in it, an http:// link and a tel: link',
      changes: {
        'content/es/contact.mdx': page('Llámenos.\n\nVea [contacto](/en/contact#hours).\n\nVea [OHP](http://oregon.gov).\n\nO [llame](tel:+15415000567).'),
      },
      expected: [
        { file: 'content/es/contact.mdx', line: 13, message: 'leave out the language: write /contact#hours instead of /en/contact#hours' },
        { file: 'content/es/contact.mdx', line: 15, message: 'use https:// instead of http://' },
        { file: 'content/es/contact.mdx', line: 17, message: 'write <Phone name="customerService" /> instead of a tel: link' },
      ],
    },
    {
      name: 'links that work: a page, a handout-less anchor and https',
      changes: { 'content/en/contact.mdx': page('Call us.\n\nSee [home](/), [start](/getting-started#steps), [hours](#hours) or [OHP](https://oregon.gov).') },
      expected: [],
    },
    {
      name: 'a # heading in the body',
      changes: { 'content/en/contact.mdx': page('# Contact us\n\nCall us.') },
      expected: [{ file: 'content/en/contact.mdx', line: 11, message: 'do not use a # heading' }],
    },
    {
      name: 'a heading that skips a level',
      changes: { 'content/en/contact.mdx': page('Call us.\n\n## Phone\n\nText.\n\n#### Hours\n\nText.') },
      expected: [{ file: 'content/en/contact.mdx', line: 17, message: 'this #### heading skips a level: the heading before it is ##, so use ###' }],
    },
    {
      name: 'a care guide (### cards) with no ## section above it',
      changes: {
        'content/en/contact.mdx': page(
          'Where to go.\n\n<CareGuide>\n  <CareOption kind="er" title="The ER" when="In an emergency">\n\n  - Chest pain\n\n  </CareOption>\n</CareGuide>',
        ),
      },
      expected: [{ file: 'content/en/contact.mdx', line: 13, message: 'put a ## heading before <CareGuide>' }],
    },
    {
      name: 'broken MDX (a tag that is never closed)',
      changes: { 'content/en/contact.mdx': page('Call us.\n\n<Callout kind="info">\n\nText.') },
      expected: [{ file: 'content/en/contact.mdx', line: 13, message: 'the MDX does not compile: Expected a closing tag for `<Callout>`' }],
    },
    {
      name: 'a {code} expression (a comment is fine)',
      changes: { 'content/en/contact.mdx': page('Call us at {phone}.\n\n{/* a comment is fine */}') },
      expected: [{ file: 'content/en/contact.mdx', line: 11, message: '{ and } start code in MDX' }],
    },
    {
      name: 'a plan phone number in the wrong form',
      changes: { 'content/plan.yaml': PLAN.replace('number: 541-500-0567', 'number: 541-500-05678') },
      expected: [{ file: 'content/plan.yaml', line: 12, field: 'phones.customerService.number', message: 'write the number as 555-555-5555' }],
    },
    {
      name: 'an alert that ends before it starts',
      changes: {
        'content/alerts/2026-12-01-pharmacy.yaml':
          'start: 2026-12-10\nend: 2026-12-01\nkind: warning\nen:\n  title: Pharmacy hours change\nes:\n  title: Cambia el horario de farmacias\n',
      },
      expected: [{ file: 'content/alerts/2026-12-01-pharmacy.yaml', line: 2, field: 'end', message: 'the end date is before the start date' }],
    },
    {
      name: 'an alert with a broken link and a typed phone number',
      changes: {
        'content/alerts/2026-12-01-pharmacy.yaml':
          'start: 2026-12-01\nend: 2026-12-31\nkind: info\nen:\n  title: Pharmacy hours change\n  body: Call 541-500-0567 for help.\n  link: /contact\nes:\n  title: Cambia el horario de farmacias\n  link: /contacto\n',
      },
      expected: [
        { file: 'content/alerts/2026-12-01-pharmacy.yaml', line: 6, field: 'en.body', message: '541-500-0567 is "customerService" in content/plan.yaml' },
        { file: 'content/alerts/2026-12-01-pharmacy.yaml', line: 10, field: 'es.link', message: 'there is no page at /contacto' },
      ],
    },
    {
      name: 'Step ids that differ between English and Spanish',
      changes: { 'content/es/getting-started.mdx': page(CHECKLIST(['book-visit', 'pharmacy'])) },
      expected: [
        { file: 'content/es/getting-started.mdx', line: 15, field: 'id', message: 'add <Step id="wellness-visit"> to this checklist, as in {root}/content/en/getting-started.mdx:16' },
        { file: 'content/es/getting-started.mdx', line: 16, field: 'id', message: 'there is no <Step id="book-visit"> in {root}/content/en/getting-started.mdx:15' },
      ],
    },
    {
      name: 'a Step id used twice in one file',
      changes: {
        'content/en/getting-started.mdx': page(CHECKLIST(['pharmacy', 'pharmacy'])),
        'content/es/getting-started.mdx': page(CHECKLIST(['pharmacy', 'pharmacy'])),
      },
      expected: [
        { file: 'content/en/getting-started.mdx', line: 21, field: 'id', message: 'the id "pharmacy" is already used on line 16' },
        { file: 'content/es/getting-started.mdx', line: 21, field: 'id', message: 'the id "pharmacy" is already used on line 16' },
      ],
    },
    {
      name: 'a PDF with no handout beside it and a stray file',
      changes: { 'content/es/handouts/equipment.pdf': '%PDF-1.4\n', 'content/en/notes.txt': 'todo' },
      expected: [
        { file: 'content/en/notes.txt', message: 'this file does not belong in content/en/' },
        { file: 'content/es/handouts/equipment.pdf', message: 'this PDF has no handout page beside it: create {root}/content/es/handouts/equipment.mdx' },
      ],
    },
  ];

  it.each(cases)('reports $name', async ({ changes, expected }) => {
    const { issues } = await check(changes);
    const fill = (text: string) => text.replaceAll('{root}', root);
    expect(issues.map(plain)).toEqual(
      expected.map((issue) => ({
        file: abs(issue.file),
        line: issue.line,
        field: issue.field,
        message: expect.stringContaining(fill(issue.message)),
      })),
    );
  });

  it('accepts a handout with its PDF', async () => {
    const handout = page('What the handout says.', { title: 'Medical equipment' });
    const { issues } = await check({
      'content/en/handouts/equipment.mdx': handout,
      'content/es/handouts/equipment.mdx': handout,
      'content/es/handouts/equipment.pdf': '%PDF-1.4\n',
    });
    expect(issues.map(plain)).toEqual([]);
  });
});

describe('the shipped content', () => {
  it('passes and every English page is at grade 8 or below', { timeout: 60_000 }, async () => {
    const saved = process.env.CONTENT_DIR;
    delete process.env.CONTENT_DIR;
    try {
      const { issues, grades } = await checkContent();
      expect(issues.map(plain)).toEqual([]);
      expect(grades.length).toBeGreaterThan(0);
      expect(grades.filter((entry) => entry.grade > MAX_READING_GRADE)).toEqual([]);
    } finally {
      if (saved !== undefined) process.env.CONTENT_DIR = saved;
    }
  });
});
