import type { ContentIssue } from './issues';
import type { Plan } from './schemas';

/** An e-mail address as people type it, with or without "mailto:" in front. */
const EMAIL_ADDRESS = /(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/**
 * Typed e-mail addresses anywhere in a page's source. Addresses live in content/plan.yaml, so a
 * changed address is fixed once and every page shows the new one.
 */
export function checkPageEmails(source: string, file: string, plan: Plan | undefined): ContentIssue[] {
  const issues: ContentIssue[] = [];
  source.split(/\r?\n/).forEach((lineText, index) => {
    for (const match of lineText.matchAll(EMAIL_ADDRESS)) {
      const address = match[0];
      const name = plan && Object.entries(plan.emails).find(([, known]) => known.toLowerCase() === address.toLowerCase())?.[0];
      issues.push({
        file,
        line: index + 1,
        message: name
          ? `write <Email name="${name}" /> instead of ${address}: e-mail addresses come from content/plan.yaml`
          : `do not type e-mail addresses (${address}): add it to content/plan.yaml under emails: and use <Email name="..." /> with its key`,
      });
    }
  });
  return issues;
}
