/** Anything deeper (history, operations): not offered, answered with a FHIR 404 instead of the site's page. */
import { answerFhirRequest, preflightResponse } from '@/lib/fhir/service';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return answerFhirRequest(request, { kind: 'unknown' });
}

export const OPTIONS = preflightResponse;
