/** Whether the directory database answers right now: one cheap round trip, for the proxy. */
import { getDb } from '@/lib/db';

export async function directoryIsAvailable(): Promise<boolean> {
  try {
    await getDb().$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
