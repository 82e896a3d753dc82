import Link from 'next/link';

export type FilterLink = { label: string; href: string; current: boolean };

/** A row of links that narrow a staff list; the one in use is bold and marked aria-current. */
export function FilterLinks({ label, filters }: { label: string; filters: FilterLink[] }) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-x-5 gap-y-1">
        {filters.map((filter) => (
          <li key={filter.href}>
            <Link href={filter.href} aria-current={filter.current ? 'page' : undefined} className="aria-[current=page]:font-bold">
              {filter.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
