/**
 * The main navigation, in order: what members come for first. Labels are messages under "Nav".
 * On a phone these sit behind the menu button, so the header stays compact.
 */
export const navItems = [
  { href: '/', label: 'home' },
  { href: '/find-a-provider', label: 'findAProvider' },
  { href: '/benefits', label: 'benefits' },
  { href: '/rides', label: 'rides' },
  { href: '/medicines', label: 'medicines' },
  { href: '/dental', label: 'dental' },
  { href: '/mental-health', label: 'mentalHealth' },
  { href: '/primary-care', label: 'primaryCare' },
  { href: '/pregnancy', label: 'pregnancy' },
  { href: '/getting-started', label: 'gettingStarted' },
  { href: '/complaints-and-appeals', label: 'complaintsAndAppeals' },
  { href: '/contact', label: 'contact' },
] as const;

/** The footer's "Your plan" links: reference pages members look up less often. Labels are messages under "Footer". */
export const footerPlanItems = [
  { href: '/keep-your-coverage', label: 'keepYourCoverage' },
  { href: '/help-beyond-health-care', label: 'helpBeyondHealthCare' },
  { href: '/member-handbook', label: 'memberHandbook' },
  { href: '/your-rights', label: 'yourRights' },
  { href: '/privacy', label: 'privacy' },
  { href: '/advance-directives', label: 'advanceDirectives' },
  { href: '/choosing-a-provider', label: 'choosingAProvider' },
  { href: '/coordinated-care', label: 'coordinatedCare' },
  { href: '/our-community', label: 'ourCommunity' },
  { href: '/handouts', label: 'handouts' },
] as const;
