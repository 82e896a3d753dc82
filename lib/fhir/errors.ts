/**
 * Errors the FHIR API raises on purpose. Their messages are ours (never a database's or a library's),
 * so lib/fhir/handler.ts may send them to the client in an OperationOutcome; anything else is hidden.
 */

/** FHIR IssueType codes we use (http://hl7.org/fhir/R4/valueset-issue-type.html). */
export type IssueCode = 'invalid' | 'value' | 'not-found' | 'not-supported' | 'too-costly' | 'transient' | 'exception' | 'informational';

export class FhirError extends Error {
  override readonly name = 'FhirError';
  constructor(
    readonly status: number,
    readonly code: IssueCode,
    message: string,
  ) {
    super(message);
  }
}

/** 400: a parameter value the server cannot read (a malformed date, an unsupported modifier ...). */
export const invalidParameter = (message: string) => new FhirError(400, 'value', message);
