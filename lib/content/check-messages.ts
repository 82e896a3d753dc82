import fs from 'node:fs';
import path from 'node:path';
import { isMap, LineCounter, parseDocument, type Node } from 'yaml';
import { routing } from '@/i18n/routing';
import type { ContentIssue } from './issues';
import { displayPath } from './paths';

type Leaf = { value: unknown; line?: number };
type MessagesFile = { file: string; leaves: Map<string, Leaf> };

export function defaultMessagesDir(): string {
  return path.join(process.cwd(), 'messages');
}

/**
 * The UI strings in messages/<locale>.json: every language has exactly the same keys,
 * no text is empty, and each text uses the same {placeholders} as the default language.
 */
export function checkMessages(directory: string = defaultMessagesDir()): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const files = new Map<string, MessagesFile>();
  for (const locale of routing.locales) {
    const absolute = path.join(directory, `${locale}.json`);
    const file = displayPath(absolute);
    if (!fs.existsSync(absolute)) {
      issues.push({ file, message: `the UI text file is missing: create ${file} with the same keys as the other languages` });
      continue;
    }
    const text = fs.readFileSync(absolute, 'utf8');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      issues.push({ file, line: jsonErrorLine(error, text), message: `this is not valid JSON (${(error as Error).message}). Check commas, quotes and braces.` });
      continue;
    }
    if (!isPlainObject(data)) {
      issues.push({ file, line: 1, message: 'the file must be one JSON object of sections, like { "Nav": { "home": "Welcome" } }' });
      continue;
    }
    const leaves = new Map<string, Leaf>();
    const lines = keyLines(text);
    flatten(data, [], (key, value) => leaves.set(key, { value, line: lines.get(key) }));
    files.set(locale, { file, leaves });
    for (const [key, { value, line }] of leaves) {
      if (typeof value !== 'string') {
        issues.push({ file, line, field: key, message: 'this must be text in double quotes (or a group of texts in { })' });
      } else if (value.trim() === '') {
        issues.push({ file, line, field: key, message: 'this text is empty: write it out' });
      }
    }
  }

  const reference = files.get(routing.defaultLocale);
  for (const [locale, current] of files) {
    for (const [otherLocale, other] of files) {
      if (otherLocale === locale) continue;
      for (const [key, { line }] of other.leaves) {
        if (!current.leaves.has(key)) {
          const at = line ? `${other.file}:${line}` : other.file;
          issues.push({ file: current.file, field: key, message: `the key "${key}" is missing: add it (see ${at})` });
        }
      }
    }
    if (!reference || current === reference) continue;
    for (const [key, { value, line }] of current.leaves) {
      const expected = reference.leaves.get(key)?.value;
      if (typeof value !== 'string' || typeof expected !== 'string') continue;
      const want = placeholders(expected);
      const have = placeholders(value);
      const missing = [...want].filter((name) => !have.has(name));
      const extra = [...have].filter((name) => !want.has(name));
      if (missing.length || extra.length) {
        const parts = [
          missing.length ? `add ${missing.map((n) => `{${n}}`).join(', ')}` : '',
          extra.length ? `remove ${extra.map((n) => `{${n}}`).join(', ')}` : '',
        ].filter(Boolean);
        issues.push({
          file: current.file,
          line,
          field: key,
          message: `${parts.join(' and ')}: the text must use the same {placeholders} as ${reference.file} (translate the words around them, not the names in braces)`,
        });
      }
    }
  }
  return issues;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function flatten(value: Record<string, unknown>, prefix: string[], leaf: (key: string, value: unknown) => void): void {
  for (const [key, child] of Object.entries(value)) {
    const keyPath = [...prefix, key];
    if (isPlainObject(child) && Object.keys(child).length > 0) flatten(child, keyPath, leaf);
    else leaf(keyPath.join('.'), child);
  }
}

/** Top-level ICU arguments of a message: "{count, plural, one {# visit} other {# visits}}" → count. */
function placeholders(message: string): Set<string> {
  const names = new Set<string>();
  let depth = 0;
  for (let index = 0; index < message.length; index++) {
    const char = message[index];
    if (char === '{') {
      if (depth === 0) {
        const name = /^\s*([\p{L}_][\p{L}\p{N}_]*)/u.exec(message.slice(index + 1))?.[1];
        if (name) names.add(name);
      }
      depth++;
    } else if (char === '}') {
      depth = Math.max(0, depth - 1);
    }
  }
  return names;
}

/** The line of each dotted key, read with the YAML parser (JSON is valid YAML) for its positions. */
function keyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  if (document.errors.length > 0) return lines;
  const visit = (node: Node | null, prefix: string[]) => {
    if (!isMap(node)) return;
    for (const pair of node.items) {
      const keyNode = pair.key as Node | null;
      const key = String((keyNode as { value?: unknown } | null)?.value);
      const keyPath = [...prefix, key];
      if (keyNode?.range) lines.set(keyPath.join('.'), lineCounter.linePos(keyNode.range[0]).line);
      visit(pair.value as Node | null, keyPath);
    }
  };
  visit(document.contents, []);
  return lines;
}

/** JSON.parse errors give "position N" (Node 20) or "line L column C" (Node 22+). */
function jsonErrorLine(error: unknown, text: string): number | undefined {
  const message = (error as Error).message;
  const line = /line (\d+)/.exec(message)?.[1];
  if (line) return Number(line);
  const position = /position (\d+)/.exec(message)?.[1];
  return position ? text.slice(0, Number(position)).split('\n').length : undefined;
}
