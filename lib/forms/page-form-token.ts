/**
 * The hidden token a page puts in a public form, signed with the site's form-token secret
 * (lib/secrets). When the secret cannot be read (a generated one lives in the database, and it is
 * down) the form gets an empty token and still renders: sending it says the answer could not be
 * saved, and once the database is back the form comes back with a fresh token to send again.
 */
import { formTokenSecret } from '@/lib/secrets';
import { issueFormToken } from './form-token';

export async function issuePageFormToken(): Promise<string> {
  try {
    return issueFormToken(await formTokenSecret());
  } catch (error) {
    console.error(`form token not issued: ${error instanceof Error ? error.name : typeof error}`);
    return '';
  }
}
