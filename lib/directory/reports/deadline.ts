/**
 * Oregon and federal rules give the plan 30 days to correct its directory after learning a listing is
 * wrong. A report's age, and the days left before that window closes, as staff see them.
 */
export const correctionWindowDays = 30;

const dayMs = 86_400_000;

export type ReportDeadline = {
  /** Whole days since the report came in (0 on its first day). */
  ageDays: number;
  dueAt: Date;
  /** Whole days until dueAt; negative once it has passed. */
  daysLeft: number;
  overdue: boolean;
};

export function reportDeadline(createdAt: Date, now: Date = new Date()): ReportDeadline {
  const dueAt = new Date(createdAt.getTime() + correctionWindowDays * dayMs);
  const ageDays = Math.max(0, Math.floor((now.getTime() - createdAt.getTime()) / dayMs));
  const msLeft = dueAt.getTime() - now.getTime();
  const daysLeft = msLeft >= 0 ? Math.floor(msLeft / dayMs) : -Math.ceil(-msLeft / dayMs);
  return { ageDays, dueAt, daysLeft, overdue: msLeft < 0 };
}
