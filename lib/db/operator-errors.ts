/**
 * The settings and database errors an operator can act on, as the sentence to print. Command-line
 * scripts print these and exit 1; anything else is a bug and keeps its stack trace.
 */
import { SettingsError } from '@/lib/env';
import { DatabaseLockedError, MigrationError } from './errors';

export function operatorMessage(error: unknown): string | null {
  if (error instanceof DatabaseLockedError || error instanceof SettingsError) return error.message;
  if (error instanceof MigrationError) return `Migration failed: ${error.message}`;
  return null;
}
