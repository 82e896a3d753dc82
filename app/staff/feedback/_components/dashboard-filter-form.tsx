import type { DashboardFilters } from '@/lib/feedback/dashboard-filters';

const field = 'mt-1 block rounded-md border-2 border-gray-700 bg-white px-3 py-2 text-lg';

/** A GET form: the address holds the filters, so a view can be bookmarked or sent to a colleague. */
export function DashboardFilterForm({ filters, pages }: { filters: DashboardFilters; pages: string[] }) {
  const choices = filters.page && !pages.includes(filters.page) ? [filters.page, ...pages] : pages;
  return (
    <form method="get" action="/staff/feedback" className="flex flex-wrap items-end gap-4">
      <div>
        <label htmlFor="filter-from" className="font-semibold">
          From
        </label>
        <input id="filter-from" name="from" type="date" defaultValue={filters.from} className={field} />
      </div>
      <div>
        <label htmlFor="filter-to" className="font-semibold">
          To
        </label>
        <input id="filter-to" name="to" type="date" defaultValue={filters.to} className={field} />
      </div>
      <div className="min-w-0 max-w-full">
        <label htmlFor="filter-page" className="font-semibold">
          Page
        </label>
        <select id="filter-page" name="page" defaultValue={filters.page ?? ''} className={`${field} max-w-full`}>
          <option value="">Every page</option>
          {choices.map((page) => (
            <option key={page} value={page}>
              {page}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded-md bg-brand-700 px-5 py-2 text-lg font-bold text-white hover:bg-brand-800">
        Show
      </button>
    </form>
  );
}
