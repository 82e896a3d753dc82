import type { ReactNode } from 'react';
import { SignOutButton } from './sign-out-button';

const sections = [
  { href: '/staff', label: 'Overview' },
  { href: '/staff/feedback', label: 'Website feedback' },
  { href: '/staff/reports', label: 'Listing reports' },
  { href: '/staff/join-requests', label: 'Join requests' },
  { href: '/staff/searches', label: 'Searches without results' },
] as const;

type StaffPageProps = {
  title: string;
  /** The signed-in account; the sign-in page has none. */
  email?: string;
  /** The section this page belongs to, marked with aria-current in the menu. */
  current?: (typeof sections)[number]['href'];
  signOut?: () => Promise<void>;
  children: ReactNode;
};

/** The frame of every staff page: who is signed in, the sections, sign out, and the page's heading. */
export function StaffPage({ title, email, current, signOut, children }: StaffPageProps) {
  return (
    <>
      <a href="#main-content" className="sr-only z-50 bg-white p-3 text-lg font-bold focus:not-sr-only focus:absolute focus:top-2 focus:left-2">
        Skip to main content
      </a>
      <header className="bg-brand-900 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <p className="text-xl font-bold">Staff area</p>
          {email && signOut ? (
            <div className="flex flex-wrap items-center gap-3">
              <p>
                Signed in as <span className="font-semibold">{email}</span>
              </p>
              <SignOutButton action={signOut} />
            </div>
          ) : null}
        </div>
        {email ? (
          <nav aria-label="Staff sections" className="bg-brand-800">
            <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-6 gap-y-1 px-4 py-2">
              {sections.map((section) => (
                <li key={section.href}>
                  <a
                    href={section.href}
                    aria-current={section.href === current ? 'page' : undefined}
                    className="text-white decoration-2 hover:text-white aria-[current=page]:font-bold aria-[current=page]:underline-offset-4"
                  >
                    {section.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        <h1 className="text-3xl font-extrabold text-brand-900">{title}</h1>
        <div className="mt-6 space-y-10">{children}</div>
      </main>
    </>
  );
}
