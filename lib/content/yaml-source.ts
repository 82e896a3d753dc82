import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'zod';
import type { ContentIssue } from './issues';

type PathKey = PropertyKey;

type Parsed<T> = { data?: T; issues: ContentIssue[] };

/**
 * Results by schema, then by file, first line and text. Server-rendered pages read the plan file
 * (and the alerts) several times per request: parsing and validating them was about 10 ms of every
 * directory, survey and search page (docs/decisions/0007). The file is still read each time, so an
 * edit (an alert added without a rebuild) shows at once; only an unchanged text is not parsed again.
 */
const parsedBySchema = new WeakMap<z.ZodType, Map<string, Parsed<unknown>>>();
/** Old versions of edited files are forgotten past this many texts per schema. */
const MAX_TEXTS_PER_SCHEMA = 200;

/**
 * Parses YAML and validates it with a zod schema, reporting each problem with the line of the
 * field it concerns. `firstLine` is the file line the YAML starts on (2 for MDX frontmatter).
 * The result is shared by every caller that parses the same text: treat it as read-only.
 */
export function parseYaml<T>(text: string, schema: z.ZodType<T>, file: string, firstLine = 1): Parsed<T> {
  const parsed = parsedBySchema.get(schema) ?? new Map<string, Parsed<unknown>>();
  parsedBySchema.set(schema, parsed);
  const key = `${file}\0${firstLine}\0${text}`;
  const known = parsed.get(key) as Parsed<T> | undefined;
  if (known) return known;
  const result = parseAndValidate(text, schema, file, firstLine);
  if (parsed.size >= MAX_TEXTS_PER_SCHEMA) parsed.clear();
  parsed.set(key, result);
  return result;
}

function parseAndValidate<T>(text: string, schema: z.ZodType<T>, file: string, firstLine: number): Parsed<T> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;

  if (document.errors.length > 0) {
    return {
      issues: document.errors.map((error) => ({
        file,
        line: toLine(error.pos[0]),
        message: `this is not valid YAML (${error.message.split('\n')[0]}). Check the indentation and that text with a colon is in quotes.`,
      })),
    };
  }

  const result = schema.safeParse(document.toJS());
  if (result.success) return { data: result.data, issues: [] };

  return {
    issues: result.error.issues.flatMap((issue) => {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
      return keys.map((extraKey) => {
        const fieldPath = extraKey === undefined ? issue.path : [...issue.path, extraKey];
        return {
          file,
          line: toLine(offsetOf(document.contents, fieldPath)),
          field: fieldPath.length > 0 ? fieldPath.map(String).join('.') : undefined,
          message:
            extraKey === undefined ? issue.message : `"${String(extraKey)}" is not a field here. Remove it or check its spelling.`,
        };
      });
    }),
  };
}

/** The offset of the deepest node on `path` that exists (a missing field points at its parent). */
function offsetOf(root: Node | null, path: PathKey[]): number {
  let node: Node | null | undefined = root;
  let offset = root?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => String((item.key as { value?: unknown })?.value) === String(key));
      if (!pair) break;
      offset = (pair.key as Node | null)?.range?.[0] ?? offset;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}
