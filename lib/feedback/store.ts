/**
 * Survey answers in the database: the only code that touches the FeedbackResponse table.
 */
import type { Database } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { newReference } from '@/lib/forms/reference';
import type { FeedbackInput } from './schema';

export type FeedbackRecord = Omit<FeedbackInput, 'comments'> & {
  /** Already scrubbed (lib/feedback/scrub.ts). */
  comments?: string;
  submissionKey: string;
  locale: string;
  pagePath?: string;
};

/** The reference of the answer already sent with this submission key, if any. */
export async function findFeedbackReference(db: Database, submissionKey: string): Promise<string | null> {
  const existing = await db.feedbackResponse.findUnique({ where: { submissionKey }, select: { reference: true } });
  return existing?.reference ?? null;
}

/**
 * Saves an answer and returns its reference. A second call with the same submissionKey (a double
 * click, a retried request) saves nothing and returns the first answer's reference.
 */
export async function createFeedbackResponse(db: Database, record: FeedbackRecord): Promise<{ reference: string; duplicate: boolean }> {
  // 29^8 references: a clash is rare, three in a row would mean something else is wrong.
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const created = await db.feedbackResponse.create({
        data: {
          reference: newReference(),
          submissionKey: record.submissionKey,
          locale: record.locale,
          pagePath: record.pagePath ?? null,
          lookingFor: record.lookingFor,
          found: record.found,
          ease: record.ease,
          comments: record.comments ?? null,
          contact: record.contact ?? null,
        },
        select: { reference: true },
      });
      return { reference: created.reference, duplicate: false };
    } catch (error) {
      if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') throw error;
      // The unique index decides a race between two identical submits; the loser reads the winner's row.
      const existing = await findFeedbackReference(db, record.submissionKey);
      if (existing) return { reference: existing, duplicate: true };
    }
  }
  throw new Error('Could not find a free feedback reference in three tries.');
}
