/** GET /api/fhir/{type}/{id}: one resource, with ETag and Last-Modified. */
import { answerFhirRequest, methodNotAllowedResponse, preflightResponse } from '@/lib/fhir/service';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ type: string; id: string }> }) {
  const { type, id } = await params;
  return answerFhirRequest(request, { kind: 'read', type, id });
}

export const HEAD = GET;
export const OPTIONS = preflightResponse;
export const POST = methodNotAllowedResponse;
export const PUT = methodNotAllowedResponse;
export const PATCH = methodNotAllowedResponse;
export const DELETE = methodNotAllowedResponse;
