import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from '@/i18n/routing';
import { formatIssue, type ContentIssue } from './issues';
import { contentDir, displayPath } from './paths';
import { alertSchema, type Alert } from './schemas';
import { parseYaml } from './yaml-source';

export type SiteAlert = {
  id: string;
  start: string;
  end: string;
  kind: Alert['kind'];
  title: string;
  body?: string;
  link?: string;
};

export function readAlerts(): { alerts: (Alert & { id: string })[]; issues: ContentIssue[] } {
  const directory = path.join(contentDir(), 'alerts');
  if (!fs.existsSync(directory)) return { alerts: [], issues: [] };
  const alerts: (Alert & { id: string })[] = [];
  const issues: ContentIssue[] = [];
  for (const name of fs.readdirSync(directory).sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    const file = path.join(directory, name);
    const parsed = parseYaml(fs.readFileSync(file, 'utf8'), alertSchema, displayPath(file));
    issues.push(...parsed.issues);
    if (parsed.data) alerts.push({ ...parsed.data, id: name.replace(/\.ya?ml$/, '') });
  }
  return { alerts, issues };
}

/**
 * Alerts not yet past their end date, in one language. Future ones are included so a cached page
 * can reveal them on their start day without a rebuild; `isShowing` says which show now.
 */
export function upcomingAlerts(locale: Locale, today: string): SiteAlert[] {
  const { alerts, issues } = readAlerts();
  // An alert added on the server without a rebuild skips content:check; say why it is not shown.
  for (const issue of issues) console.warn(`Alert not shown: ${formatIssue(issue)}`);
  return alerts
    .filter((alert) => alert.end >= today)
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((alert) => ({ id: alert.id, start: alert.start, end: alert.end, kind: alert.kind, ...alert[locale] }));
}

export function isShowing(alert: Pick<SiteAlert, 'start' | 'end'>, today: string): boolean {
  return alert.start <= today && today <= alert.end;
}
