/**
 * What the importer tells a data steward: one line per problem, `file:line: field: problem`, all of
 * them at once, so a bad export is fixed in one pass instead of one error per run.
 */
export type ImportIssue = {
  file: string;
  /** 1-based line in the NDJSON file. */
  line: number;
  /** The element's path inside the resource (`name[0].family`), or `(line)` for the line as a whole. */
  field: string;
  message: string;
};

export const WHOLE_LINE = '(line)';

export function formatImportIssue(issue: ImportIssue): string {
  return `${issue.file}:${issue.line}: ${issue.field}: ${issue.message}`;
}

/** `['name', 0, 'family']` → `name[0].family`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  const text = path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('')
    .replace(/^\./, '');
  return text || WHOLE_LINE;
}

/**
 * The import was refused: nothing was written. `stage` says which check refused it: references
 * between resources are checked only once every line is valid (an invalid line's id is unknown).
 */
export class ImportRejectedError extends Error {
  override readonly name = 'ImportRejectedError';
  constructor(
    readonly issues: readonly ImportIssue[],
    readonly stage: 'lines' | 'references',
  ) {
    super(`${issues.length} problem${issues.length === 1 ? '' : 's'} found; nothing was imported.\n${issues.map(formatImportIssue).join('\n')}`);
  }
}

/** The folder itself cannot be imported (missing, unreadable, or holding no resource files). */
export class ImportFolderError extends Error {
  override readonly name = 'ImportFolderError';
}
