/** GET /api/fhir/{type}?...: a search, answered with a searchset Bundle. */
import { answerFhirRequest, methodNotAllowedResponse, preflightResponse } from '@/lib/fhir/service';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ type: string }> }) {
  const { type } = await params;
  return answerFhirRequest(request, { kind: 'search', type });
}

export const HEAD = GET;
export const OPTIONS = preflightResponse;
export const POST = methodNotAllowedResponse;
export const PUT = methodNotAllowedResponse;
export const PATCH = methodNotAllowedResponse;
export const DELETE = methodNotAllowedResponse;
