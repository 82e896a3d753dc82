'use server';

import { headers } from 'next/headers';
import { requestClientAddress } from '@/lib/rate-limit/client-address';
import { submitListingReport, type ReportFormState } from '@/lib/directory/reports/submit';

export async function submitReport(listingId: string, _previous: ReportFormState, form: FormData): Promise<ReportFormState> {
  return submitListingReport(listingId, form, { clientAddress: requestClientAddress(await headers()) });
}
