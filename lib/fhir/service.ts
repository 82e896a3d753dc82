/** The FHIR API over the app's one database client, for the route handlers in app/api/fhir. */
import { getDb } from '@/lib/db';
import { loadPlan } from '@/lib/content/plan';
import { siteUrl } from '@/lib/content/site-url';
import { handleFhirRequest, type FhirContext, type FhirRoute } from './handler';

const startedOn = new Date().toISOString().slice(0, 10);

function planName(): string {
  try {
    return loadPlan().name;
  } catch {
    return 'Health plan';
  }
}

/** Read per request (as the site's other absolute links are), so links follow SITE_URL, never the request. */
const context: FhirContext = {
  db: getDb,
  get baseUrl() {
    return new URL('/api/fhir', siteUrl()).toString();
  },
  software: {
    get name() {
      return planName();
    },
    date: startedOn,
  },
};

export function answerFhirRequest(request: Request, route: FhirRoute): Promise<Response> {
  return handleFhirRequest(context, request, route);
}

export { preflightResponse, methodNotAllowedResponse } from './responses';
