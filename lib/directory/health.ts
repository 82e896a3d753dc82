/** Whether the directory database answers right now: one cheap round trip, for the proxy. */
import { getDb } from '@/lib/db';
import { databaseAnswers } from '@/lib/db/failures';

export function directoryIsAvailable(): Promise<boolean> {
  return databaseAnswers(getDb);
}
