import type { Root } from 'mdast';
import { attributeValue, type JsxElement } from './mdx-tree';
import { extractProse, readingGrade } from './readability';
import type { Plan } from './schemas';

/** An English page's reading grade, one decimal, as content:check and content:review print it. */
export function pageReadingGrade(tree: Root, plan: Plan | undefined): number {
  const prose = extractProse(tree, (element) => spokenText(element, plan));
  return Math.round(readingGrade(prose) * 10) / 10;
}

/** What a self-closing component shows on an English page, for the reading grade. */
function spokenText(element: JsxElement, plan: Plan | undefined): string | undefined {
  if (!plan) return undefined;
  switch (element.name) {
    case 'PlanName':
      return plan.name;
    case 'Program':
      return plan.program.en;
    case 'ServiceArea':
      return plan.serviceArea.en;
    case 'Hours':
      return plan.hours.en;
    case 'Phone':
      return plan.phones[attributeValue(element, 'name') ?? '']?.number;
    case 'Tty':
      return `TTY ${plan.phones.tty?.number ?? '711'}`;
    case 'Fax':
      return plan.faxes[attributeValue(element, 'name') ?? ''];
    case 'Email':
      return 'e-mail'; // an address is not a word a reader sounds out
    case 'PayerId':
      return plan.claims?.payerId;
    default:
      return undefined;
  }
}
