/** The FHIR API over the app's one database client, for the route handlers in app/api/fhir. */
import { getDb } from '@/lib/db';
import { loadPlan } from '@/lib/content/plan';
import { handleFhirRequest, type FhirContext, type FhirRoute } from './handler';

const startedOn = new Date().toISOString().slice(0, 10);

function planName(): string {
  try {
    return loadPlan().name;
  } catch {
    return 'Health plan';
  }
}

const context: FhirContext = { db: getDb, software: { get name() { return planName(); }, date: startedOn } };

export function answerFhirRequest(request: Request, route: FhirRoute): Promise<Response> {
  return handleFhirRequest(context, request, route);
}

export { preflightResponse, methodNotAllowedResponse } from './responses';
