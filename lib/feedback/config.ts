/**
 * Operator settings for the survey, read from the environment. A bad value falls back to the
 * default (and never stops a member from sending an answer): these limit abuse, they are not features.
 *
 *   FEEDBACK_RATE_LIMIT    answers per hour from one connection (default 20)
 *   FEEDBACK_MIN_SECONDS   an answer sent sooner after the page loaded is taken for a script (default 3)
 *   FEEDBACK_TOKEN_SECRET  signs the form's hidden token; falls back to RATE_LIMIT_SALT, then a constant
 */
import { z } from 'zod';

export type Env = Readonly<Record<string, string | undefined>>;

const settingsSchema = z.object({
  FEEDBACK_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).catch(20),
  FEEDBACK_MIN_SECONDS: z.coerce.number().int().min(0).max(600).catch(3),
});

const defaultSecret = 'cco-member-site feedback: set FEEDBACK_TOKEN_SECRET';

export type FeedbackConfig = { perHour: number; minSeconds: number; tokenSecret: string };

export function readFeedbackConfig(env: Env = process.env): FeedbackConfig {
  const blankToUndefined = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
  const settings = settingsSchema.parse({
    FEEDBACK_RATE_LIMIT: blankToUndefined(env.FEEDBACK_RATE_LIMIT),
    FEEDBACK_MIN_SECONDS: blankToUndefined(env.FEEDBACK_MIN_SECONDS),
  });
  return {
    perHour: settings.FEEDBACK_RATE_LIMIT,
    minSeconds: settings.FEEDBACK_MIN_SECONDS,
    tokenSecret: blankToUndefined(env.FEEDBACK_TOKEN_SECRET) ?? blankToUndefined(env.RATE_LIMIT_SALT) ?? defaultSecret,
  };
}
