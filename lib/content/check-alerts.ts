import fs from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { routing } from '@/i18n/routing';
import { readAlerts } from './alerts';
import { linkProblem } from './check-links';
import { findPhoneNumbers, phoneAdvice } from './check-phones';
import type { ContentIssue } from './issues';
import { contentDir, displayPath } from './paths';
import { knownPaths } from './routes';
import type { Plan } from './schemas';

/** Alert files: valid (readAlerts), links to pages that exist in each language, no typed phone numbers. */
export function checkAlerts(plan: Plan | undefined): ContentIssue[] {
  const directory = path.join(contentDir(), 'alerts');
  if (!fs.existsSync(directory)) return [];
  const { alerts, issues } = readAlerts();
  const byId = new Map(alerts.map((alert) => [alert.id, alert]));

  for (const name of fs.readdirSync(directory).sort()) {
    const absolute = path.join(directory, name);
    const file = displayPath(absolute);
    if (name.startsWith('.') || fs.statSync(absolute).isDirectory()) continue;
    if (!/\.ya?ml$/.test(name)) {
      issues.push({ file, message: 'alert files end in .yaml, like 2026-12-01-pharmacy-hours.yaml: rename or delete this file' });
      continue;
    }
    const text = fs.readFileSync(absolute, 'utf8');
    const fields = yamlFields(text);
    for (const found of findPhoneNumbers(text)) {
      const field = fields.fieldAt(found.line); // only the texts members see, not # comments
      if (field) issues.push({ file, line: found.line, field, message: phoneAdvice(found.text, plan, 'alert') });
    }
    const alert = byId.get(name.replace(/\.ya?ml$/, ''));
    if (!alert) continue;
    for (const locale of routing.locales) {
      const link = alert[locale].link;
      if (!link?.startsWith('/')) continue;
      const problem = linkProblem(link, knownPaths(locale), plan);
      if (problem) issues.push({ file, line: fields.lineOf([locale, 'link']), field: `${locale}.link`, message: problem });
    }
  }
  return issues;
}

/** Where each field of a YAML file is: its line from its dotted path, and the field on a line. */
export function yamlFields(text: string): { lineOf: (path: string[]) => number | undefined; fieldAt: (line: number) => string | undefined } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const keyLines = new Map<string, number>();
  const valueSpans: { field: string; from: number; to: number }[] = [];
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const visit = (node: Node | null, prefix: string[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        const keyPath = [...prefix, String(isScalar(keyNode) ? keyNode.value : keyNode)];
        if (keyNode?.range) keyLines.set(keyPath.join('.'), lineAt(keyNode.range[0]));
        visit(pair.value as Node | null, keyPath);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => visit(item as Node | null, [...prefix, String(index)]));
    } else if (node?.range) {
      valueSpans.push({ field: prefix.join('.'), from: lineAt(node.range[0]), to: lineAt(Math.max(node.range[0], node.range[1] - 1)) });
    }
  };
  if (document.errors.length === 0) visit(document.contents, []);
  return {
    lineOf: (keyPath) => keyLines.get(keyPath.join('.')),
    fieldAt: (line) => valueSpans.find((span) => span.from <= line && line <= span.to)?.field || undefined,
  };
}
