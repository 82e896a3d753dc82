/**
 * A problem a staff member can fix: which file, which line, which field, and what to do.
 * Content loaders collect these instead of throwing bare errors, so `content:check`
 * can list every mistake at once and pages can refuse to build with a readable message.
 */
export type ContentIssue = {
  file: string;
  line?: number;
  field?: string;
  message: string;
};

export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'ContentError';
  }
}

export function formatIssue(issue: ContentIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  const field = issue.field ? ` ${issue.field}:` : '';
  return `${where}:${field} ${issue.message}`;
}
