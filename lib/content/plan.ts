import fs from 'node:fs';
import path from 'node:path';
import { ContentError, type ContentIssue } from './issues';
import { contentDir, displayPath } from './paths';
import { planSchema, type Plan } from './schemas';
import { parseYaml } from './yaml-source';

export function readPlan(): { plan?: Plan; issues: ContentIssue[] } {
  const file = path.join(contentDir(), 'plan.yaml');
  if (!fs.existsSync(file)) {
    return { issues: [{ file: displayPath(file), message: 'the plan file is missing: create content/plan.yaml' }] };
  }
  const { data, issues } = parseYaml(fs.readFileSync(file, 'utf8'), planSchema, displayPath(file));
  return { plan: data, issues };
}

/** The plan's identity; a broken plan file stops the build with the file, line and field. */
export function loadPlan(): Plan {
  const { plan, issues } = readPlan();
  if (!plan) throw new ContentError(issues);
  return plan;
}
