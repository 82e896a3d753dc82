import { parseDashboardFilters } from '@/lib/feedback/dashboard-filters';
import { currentStaff } from '@/lib/staff/current';
import { staffFeedbackCsv } from '@/lib/staff/service';

/** The dashboard's answers as CSV, for the same filters. Staff only: anyone else gets 401. */
export async function GET(request: Request): Promise<Response> {
  const noStore = { 'Cache-Control': 'no-store' };
  const staff = await currentStaff();
  if (!staff) {
    return new Response('Sign in at /staff/sign-in to download feedback.\n', { status: 401, headers: { ...noStore, 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const { filters } = parseDashboardFilters(Object.fromEntries(new URL(request.url).searchParams));
  const pieces = staffFeedbackCsv(staff, filters);
  // The header and the first rows are read before answering, so a database that cannot answer gives a
  // 503, not a download that looks complete but is empty.
  let opening: string;
  try {
    const header = await pieces.next();
    const firstRows = await pieces.next();
    opening = `${header.done ? '' : header.value}${firstRows.done ? '' : firstRows.value}`;
  } catch (error) {
    console.error(`feedback export failed: ${error instanceof Error ? error.name : typeof error}`);
    return new Response('The answers could not be read just now. Try again in a minute.\n', {
      status: 503,
      headers: { ...noStore, 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '60' },
    });
  }
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(opening));
    },
    async pull(controller) {
      try {
        const next = await pieces.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        console.error(`feedback export failed: ${error instanceof Error ? error.name : typeof error}`);
        controller.error(new Error('export failed'));
      }
    },
    async cancel() {
      await pieces.return(undefined);
    },
  });
  const name = `feedback-${filters.from}-to-${filters.to}.csv`;
  return new Response(body, {
    headers: { ...noStore, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}"` },
  });
}
