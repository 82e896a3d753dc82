import type { Root } from 'mdast';
import { linkProblem } from './check-links';
import { findPhoneNumbers, phoneAdvice, phoneDigits } from './check-phones';
import { mdxComponentRules } from './components';
import type { ContentIssue } from './issues';
import { attributeValue, isJsxElement, lineOf, walk, type JsxElement } from './mdx-tree';
import type { Plan } from './schemas';

export type PageContext = { file: string; plan?: Plan; known: ReadonlySet<string> };
export type ChecklistInfo = { id: string; line?: number; steps: Map<string, number | undefined> };

const COMPONENT_NAMES = Object.keys(mdxComponentRules);
/** Components whose name="..." is a key in a section of content/plan.yaml. */
const PLAN_SECTION: Record<string, 'phones' | 'faxes' | 'emails' | 'addresses'> = { Phone: 'phones', Fax: 'faxes', Email: 'emails', Address: 'addresses' };
const SECTION_NOUN = { phones: 'phone', faxes: 'fax', emails: 'e-mail address', addresses: 'postal address' } as const;
/** Components that only work inside another one. */
const PARENT: Record<string, string> = { Step: 'Checklist', CareOption: 'CareGuide' };

/** Checks the structure of one parsed MDX page: components, ids, headings and links. */
export function checkMdxTree(tree: Root, context: PageContext): { issues: ContentIssue[]; checklists: ChecklistInfo[] } {
  const { file } = context;
  const issues: ContentIssue[] = [];
  const checklists: ChecklistInfo[] = [];
  const idLines = new Map<string, number | undefined>();
  let previousDepth = 1; // the frontmatter title is the page's level-1 heading

  walk(tree, (node, ancestors) => {
    const line = lineOf(node);
    const report = (message: string, field?: string, at = line) => issues.push({ file, line: at, field, message });

    if (isJsxElement(node)) {
      issues.push(...checkElement(node, context));
      // Care options and checklist steps render ### headings, so they need a ## section above them.
      if ((node.name === 'CareGuide' || node.name === 'Checklist') && previousDepth < 2) {
        report(`put a ## heading before <${node.name}>: its cards have ### headings, and headings must not skip a level`);
      }
      if (node.name && PARENT[node.name] && !ancestors.some((a) => isJsxElement(a) && a.name === PARENT[node.name ?? ''])) {
        report(`put <${node.name}> inside a <${PARENT[node.name]}>`);
      }
      if (node.name === 'Checklist' || node.name === 'Step') {
        const id = attributeValue(node, 'id');
        if (id) {
          const first = idLines.get(id);
          if (idLines.has(id)) report(`the id "${id}" is already used on line ${first ?? '?'}: give each Checklist and Step its own id`, 'id');
          else idLines.set(id, line);
          if (node.name === 'Checklist') checklists.push({ id, line, steps: new Map() });
          const checklist = [...ancestors].reverse().find((a) => isJsxElement(a) && a.name === 'Checklist');
          const owner = checklist && isJsxElement(checklist) ? attributeValue(checklist, 'id') : undefined;
          const info = node.name === 'Step' && owner ? checklists.find((item) => item.id === owner) : undefined;
          if (info && !info.steps.has(id)) info.steps.set(id, line);
        }
      }
      return;
    }

    switch (node.type) {
      case 'heading':
        if (node.depth === 1) {
          report('do not use a # heading: the page title comes from the frontmatter. Start body headings with ##');
        } else if (node.depth > previousDepth + 1) {
          report(`this ${'#'.repeat(node.depth)} heading skips a level: the heading before it is ${'#'.repeat(previousDepth)}, so use ${'#'.repeat(previousDepth + 1)}`);
        }
        previousDepth = node.depth;
        return;
      case 'link':
      case 'definition': {
        const problem = linkProblem(node.url, context.known, context.plan);
        if (problem) report(problem);
        return;
      }
      case 'mdxjsEsm':
        report('remove this import/export line: pages can only use the components listed in docs/content-guide.md');
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) {
          report('{ and } start code in MDX: write the text out in words (or remove the braces)');
        }
        return;
      default:
        return;
    }
  });
  return { issues, checklists };
}

function checkElement(element: JsxElement, context: PageContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const elementLine = lineOf(element);
  const report = (message: string, field?: string, line = elementLine) => issues.push({ file: context.file, line, field, message });
  const { name } = element;

  if (name === null) {
    report('remove the empty <> </> tag');
    return issues;
  }
  const rules = mdxComponentRules[name];
  if (!rules) {
    const hint = /^[a-z]/.test(name) ? 'HTML tags are not allowed: use Markdown (## headings, - lists, **bold**) or' : 'use';
    report(`<${name}> is not a component you can use. ${hint} one of: ${COMPONENT_NAMES.map((n) => `<${n}>`).join(', ')}`);
    return issues;
  }

  const seen = new Set<string>();
  for (const attribute of element.attributes) {
    const line = lineOf(attribute) ?? elementLine;
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(`remove {${attribute.value}} from <${name}>: write attributes as name="value"`, undefined, line);
      continue;
    }
    const rule = rules[attribute.name];
    if (attribute.name === 'href' && typeof attribute.value === 'string') {
      const problem = linkProblem(attribute.value, context.known, context.plan);
      if (problem) report(problem, 'href', line);
    }
    if (!rule) {
      const allowed = Object.keys(rules);
      report(
        `"${attribute.name}" is not an attribute of <${name}>. ${allowed.length ? `It takes: ${allowed.join(', ')}` : 'It takes no attributes'}`,
        attribute.name,
        line,
      );
      continue;
    }
    if (seen.has(attribute.name)) report(`${attribute.name} is written twice on <${name}>: keep one`, attribute.name, line);
    seen.add(attribute.name);
    const value = attribute.value;
    if (typeof value !== 'string') {
      report(`write ${attribute.name}="..." with the value in double quotes`, attribute.name, line);
      continue;
    }
    if (value.trim() === '') {
      report(`${attribute.name} is empty: give it a value`, attribute.name, line);
    } else if (rule.values && !rule.values.includes(value)) {
      report(`${attribute.name} must be one of ${rule.values.map((v) => `"${v}"`).join(', ')}, not "${value}"`, attribute.name, line);
    } else if (rule.pattern && !rule.pattern.test(value)) {
      const example = attribute.name === 'id' ? 'use lowercase letters, digits and single dashes, like "new-member"' : `it must match ${rule.pattern}`;
      report(`"${value}" is not a valid ${attribute.name}: ${example}`, attribute.name, line);
    } else if (attribute.name === 'name' && context.plan && PLAN_SECTION[name]) {
      const section = PLAN_SECTION[name];
      const entries = context.plan[section];
      if (!(value in entries)) {
        const known = Object.keys(entries);
        const choices = known.length ? `Use one of: ${known.join(', ')} (or add it under ${section}:)` : `Add it under ${section}:`;
        report(`there is no ${SECTION_NOUN[section]} "${value}" in content/plan.yaml. ${choices}`, 'name', line);
      }
    }
  }
  if ((name === 'PayerId' || name === 'ClaimsAddress') && context.plan && !context.plan.claims) {
    report(`<${name} /> shows the claims: section of content/plan.yaml, which is missing: add claims: with payerId and mailingAddress`);
  }
  for (const [attributeName, rule] of Object.entries(rules)) {
    if (rule.required && !seen.has(attributeName)) {
      const choices = rule.values ? ` (one of ${rule.values.map((v) => `"${v}"`).join(', ')})` : '';
      report(`add ${attributeName}="..." to <${name}>${choices}`, attributeName);
    }
  }
  return issues;
}

/**
 * Typed phone numbers anywhere in a page's source, frontmatter included (its field is named).
 * Reported even inside code: members see it all the same.
 */
export function checkPagePhones(source: string, file: string, plan: Plan | undefined): ContentIssue[] {
  const lines = source.split(/\r?\n/);
  const frontmatterEnd = lines[0]?.trim() === '---' ? lines.findIndex((text, index) => index > 0 && text.trim() === '---') + 1 : 0;
  return findPhoneNumbers(source).map((found) => {
    let field: string | undefined;
    if (found.line <= frontmatterEnd) {
      for (let index = found.line - 1; index > 0 && !field; index--) field = /^([A-Za-z]\w*):/.exec(lines[index] ?? '')?.[1];
    }
    const fax = plan && Object.entries(plan.faxes).find(([, number]) => phoneDigits(number) === found.digits)?.[0];
    const message = fax ? `write <Fax name="${fax}" /> instead of ${found.text}: fax numbers come from content/plan.yaml` : phoneAdvice(found.text, plan);
    return { file, line: found.line, field, message };
  });
}
