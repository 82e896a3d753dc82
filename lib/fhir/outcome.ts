/** OperationOutcome resources: the body of every error, and warnings inside a search Bundle. */
import type { IssueCode } from './errors';

export type OperationOutcome = {
  resourceType: 'OperationOutcome';
  issue: { severity: 'fatal' | 'error' | 'warning' | 'information'; code: IssueCode; diagnostics: string }[];
};

export function operationOutcome(severity: OperationOutcome['issue'][number]['severity'], code: IssueCode, diagnostics: string): OperationOutcome {
  return { resourceType: 'OperationOutcome', issue: [{ severity, code, diagnostics }] };
}
