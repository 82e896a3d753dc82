import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import '../globals.css';

// Staff pages are for the plan's own people: English, never indexed, never cached.
export const metadata: Metadata = {
  title: { default: 'Staff area', template: '%s – Staff area' },
  robots: { index: false, follow: false },
};

export default function StaffLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">{children}</body>
    </html>
  );
}
