/** The main navigation, in order. Labels are messages under "Nav". */
export const navItems = [
  { href: '/', label: 'home' },
  { href: '/primary-care', label: 'primaryCare' },
  { href: '/getting-started', label: 'gettingStarted' },
  { href: '/choosing-a-provider', label: 'choosingAProvider' },
  { href: '/find-a-provider', label: 'findAProvider' },
  { href: '/pregnancy', label: 'pregnancy' },
  { href: '/coordinated-care', label: 'coordinatedCare' },
  { href: '/handouts', label: 'handouts' },
  { href: '/contact', label: 'contact' },
] as const;
