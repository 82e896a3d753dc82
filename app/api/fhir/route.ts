/** GET /api/fhir: the base itself answers with the CapabilityStatement's address in a 404 OperationOutcome. */
import { answerFhirRequest, preflightResponse } from '@/lib/fhir/service';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return answerFhirRequest(request, { kind: 'unknown' });
}

export const OPTIONS = preflightResponse;
