/**
 * Answers for the staff area's CSV downloads. The first pieces are read before answering, so a
 * database that cannot answer gives a 503, not a download that looks complete but is empty; the rest
 * streams, so an export of any size never sits in memory. Logs name the error's kind and the path only.
 */
import { errorKind } from '@/lib/db/failures';
import { staffUnavailableAnswer } from './unavailable';

const noStore = { 'Cache-Control': 'no-store' };
const plainText = { ...noStore, 'Content-Type': 'text/plain; charset=utf-8' };

/** The 503 for an export whose database failed before the download began (say, reading the session). */
function unavailable(error: unknown, path: string): Response {
  console.error(`export failed (${errorKind(error)}) at ${path}`);
  return staffUnavailableAnswer(path);
}

async function stream(pieces: AsyncGenerator<string>, filename: string, path: string): Promise<Response> {
  let opening: string;
  try {
    const header = await pieces.next();
    const firstRows = await pieces.next();
    opening = `${header.done ? '' : header.value}${firstRows.done ? '' : firstRows.value}`;
  } catch (error) {
    return unavailable(error, path);
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
        console.error(`export failed midway (${errorKind(error)}) at ${path}`);
        controller.error(new Error('export failed'));
      }
    },
    async cancel() {
      await pieces.return(undefined);
    },
  });
  return new Response(body, {
    headers: { ...noStore, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${filename}"` },
  });
}

function unauthorized(message: string): Response {
  return new Response(`${message}\n`, { status: 401, headers: plainText });
}

export const csvResponse = { stream, unauthorized, unavailable };
