import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { mdxComponents } from '@/components/mdx/mdx-components';
import { routing } from '@/i18n/routing';
import { checkContent } from '@/lib/content/check';
import { compileMdx } from '@/lib/content/mdx';
import { listPageSlugs, loadPage } from '@/lib/content/pages';
import { loadPlan } from '@/lib/content/plan';

/**
 * Another CCO rebrands by editing content/ alone. This copies the shipped content, changes only
 * plan.yaml, and renders every page in both languages: the new identity appears, the old is gone.
 */
type PostalAddress = { label: Record<string, string>; lines: string[] };
const shipped = parse(fs.readFileSync(path.join(process.cwd(), 'content', 'plan.yaml'), 'utf8'));
const shippedAddresses: Record<string, PostalAddress> = shipped.addresses ?? {};
// The plan's own postal addresses (grievances ...) name the plan; state and federal offices' do not.
const planAddressNames = Object.keys(shippedAddresses).filter((name) => shippedAddresses[name]?.lines.some((line) => line.includes(shipped.name)));
// A street or PO box line is the plan's own; "Portland, OR 97204" may also be a state office's city line.
const streetLines = (name: string) => (shippedAddresses[name]?.lines ?? []).filter((line) => /^(\d|PO Box)/i.test(line));
// The plan's own lines and addresses; state and national numbers and offices (OHP, 911, 988, OHA) stay the same.
const oldIdentity: string[] = [
  shipped.name,
  shipped.phones.customerService.number,
  shipped.phones.customerServiceTollFree.number,
  ...shipped.mailingAddress,
  ...planAddressNames.flatMap(streetLines),
];

const rebranded = {
  ...shipped,
  name: 'Willamette Valley Community Health',
  shortName: 'WVCH',
  serviceArea: { en: 'Marion and Polk counties', es: 'los condados de Marion y Polk' },
  phones: {
    ...shipped.phones,
    customerService: { ...shipped.phones.customerService, number: '503-555-0142' },
    customerServiceTollFree: { ...shipped.phones.customerServiceTollFree, number: '866-555-0199' },
  },
  mailingAddress: ['Willamette Valley Community Health', '100 High St SE', 'Salem, OR 97301'],
  addresses: Object.fromEntries(
    Object.entries(shippedAddresses).map(([name, address]) =>
      planAddressNames.includes(name)
        ? [name, { ...address, lines: ['Willamette Valley Community Health', `Attn: ${address.label.en}`, '200 Court St NE', 'Salem, OR 97301'] }]
        : [name, address],
    ),
  ),
};

let contentDir = '';
const previous = process.env.CONTENT_DIR;

beforeAll(() => {
  contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebrand-'));
  fs.cpSync(path.join(process.cwd(), 'content'), contentDir, { recursive: true });
  fs.writeFileSync(path.join(contentDir, 'plan.yaml'), stringify(rebranded));
  process.env.CONTENT_DIR = contentDir;
});

afterAll(() => {
  process.env.CONTENT_DIR = previous;
  if (previous === undefined) delete process.env.CONTENT_DIR;
  fs.rmSync(contentDir, { recursive: true, force: true });
});

async function renderPage(locale: (typeof routing.locales)[number], slug: string): Promise<string> {
  const page = loadPage(locale, slug);
  const Content = await compileMdx(page.source, page.file);
  // What members see: the title, the description (search results, sharing) and the body. Sources and
  // toConfirm are notes for staff that name where facts came from, the old plan's site included.
  const { title, description } = page.frontmatter;
  return `${title}\n${description}\n${renderToStaticMarkup(<Content components={mdxComponents(locale, loadPlan())} />)}`;
}

describe('rebranding through content/plan.yaml alone', () => {
  it('passes the content checks with the new plan file', async () => {
    const { issues } = await checkContent();
    expect(issues.map((issue) => `${issue.file}: ${issue.message}`)).toEqual([]);
  });

  for (const locale of routing.locales) {
    it(`renders every ${locale} page with the new identity and none of the old`, async () => {
      const slugs = listPageSlugs(locale);
      // Every MDX page (find-a-provider is an app route since the directory search; its e2e tests cover it).
      expect(slugs.length).toBeGreaterThanOrEqual(12);
      let pagesNamingThePlan = 0;
      for (const slug of slugs) {
        const html = await renderPage(locale, slug);
        for (const old of oldIdentity) expect(html, `${locale}/${slug} still shows "${old}"`).not.toContain(old);
        if (html.includes(rebranded.name)) pagesNamingThePlan += 1;
      }
      expect(pagesNamingThePlan).toBeGreaterThan(3);
    });
  }

  it("the plan's own postal addresses in plan.yaml are rebranded", () => {
    // Grievances must reach the plan: a copy that kept the old plan's address would lose members' complaints.
    expect(planAddressNames).toContain('grievances');
    expect(planAddressNames.flatMap(streetLines).length).toBeGreaterThan(0);
  });

  it.each(routing.locales)('the %s language-help page sends grievances to the new plan', async (locale) => {
    const html = await renderPage(locale, 'language-assistance');
    expect(html).toContain('200 Court St NE');
  });

  it('tap-to-call links dial the new numbers', async () => {
    const html = await renderPage('en', 'contact');
    expect(html).toContain('href="tel:+15035550142"');
    expect(html).toContain('href="tel:+18665550199"');
    expect(html).toContain('Salem, OR 97301');
  });
});

describe('no plan identity is hard-coded outside content/', () => {
  const sourceRoots = ['app', 'components', 'lib', 'i18n', 'messages'];
  const files = sourceRoots.flatMap((root) =>
    (fs.readdirSync(path.join(process.cwd(), root), { recursive: true, encoding: 'utf8' }) as string[])
      .filter((name) => /\.(tsx?|json|css)$/.test(name) && !/\.test\.tsx?$/.test(name))
      .map((name) => path.join(root, name)),
  );

  it.each(files)('%s names no plan, phone number or address', (file) => {
    const text = fs.readFileSync(path.join(process.cwd(), file), 'utf8');
    // Comments explaining number formats may show the shape of a number, not the plan's own.
    const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    for (const old of oldIdentity) expect(code, `${file} contains "${old}"`).not.toContain(old);
  });
});
