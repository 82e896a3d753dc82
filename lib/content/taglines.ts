import fs from 'node:fs';
import path from 'node:path';
import { ContentError, type ContentIssue } from './issues';
import { contentDir, displayPath } from './paths';
import { taglinesSchema, type Tagline } from './schemas';
import { parseYaml } from './yaml-source';

export function readTaglines(): { taglines: Tagline[]; issues: ContentIssue[] } {
  const file = path.join(contentDir(), 'taglines.yaml');
  if (!fs.existsSync(file)) return { taglines: [], issues: [{ file: displayPath(file), message: 'the taglines file is missing' }] };
  const { data, issues } = parseYaml(fs.readFileSync(file, 'utf8'), taglinesSchema, displayPath(file));
  return { taglines: data ?? [], issues };
}

export function loadTaglines(): Tagline[] {
  const { taglines, issues } = readTaglines();
  if (issues.length > 0) throw new ContentError(issues);
  return taglines;
}

const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi', 'dv', 'ckb']);

export function textDirection(lang: string): 'rtl' | 'ltr' {
  return RIGHT_TO_LEFT.has(lang.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}
