'use server';

import { headers } from 'next/headers';
import { submitListingReport, type ReportFormState } from '@/lib/directory/reports/submit';

/** The first address a proxy in front of us saw; only used (hashed) to rate-limit, never stored. */
function clientAddress(requestHeaders: Headers): string | null {
  return requestHeaders.get('x-forwarded-for')?.split(',')[0]?.trim() || requestHeaders.get('x-real-ip') || null;
}

export async function submitReport(listingId: string, _previous: ReportFormState, form: FormData): Promise<ReportFormState> {
  return submitListingReport(listingId, form, clientAddress(await headers()));
}
