import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { siteUrl } from '@/lib/content/site-url';

export const metadata: Metadata = { metadataBase: siteUrl() };

// The <html> element lives in app/[locale]/layout.tsx so it can carry the page's language.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
