/** GET /api/fhir/metadata: the CapabilityStatement. */
import { answerFhirRequest, methodNotAllowedResponse, preflightResponse } from '@/lib/fhir/service';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return answerFhirRequest(request, { kind: 'metadata' });
}

export const HEAD = GET;
export const OPTIONS = preflightResponse;
export const POST = methodNotAllowedResponse;
export const PUT = methodNotAllowedResponse;
export const PATCH = methodNotAllowedResponse;
export const DELETE = methodNotAllowedResponse;
