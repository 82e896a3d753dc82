import { foundRate, type GroupCounts } from '@/lib/feedback/dashboard';

type FoundTableProps = {
  caption: string;
  groupHeading: string;
  groups: GroupCounts[];
  /** How a group's key reads to staff (a page path, or a "looking for" answer in words). */
  describe: (key: string | null) => string;
};

const percent = (part: number, whole: number) => (whole === 0 ? 0 : (part / whole) * 100);

/**
 * The found-it rate per group as a table whose last column draws each row's yes / partly / no split as
 * a bar. The bar is decoration (aria-hidden): every number it shows is in the row's own cells.
 */
export function FoundTable({ caption, groupHeading, groups, describe }: FoundTableProps) {
  if (groups.length === 0) return <p className="text-lg">No answers in this range.</p>;
  const cell = 'py-2 pr-4 text-right tabular-nums';
  return (
    // Wide on a phone: the table scrolls sideways inside its own region, which a keyboard can reach.
    // `relative` keeps the screen-reader-only header text inside that region instead of widening the page.
    <div className="relative overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full min-w-[40rem] border-collapse text-left">
        <caption className="pb-2 text-left text-xl font-bold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-gray-700">
            <th scope="col" className="py-2 pr-4">
              {groupHeading}
            </th>
            <th scope="col" className={cell}>
              Answers
            </th>
            <th scope="col" className={cell}>
              Found it
            </th>
            <th scope="col" className={cell}>
              Partly
            </th>
            <th scope="col" className={cell}>
              Did not
            </th>
            <th scope="col" className={cell}>
              Found-it rate
            </th>
            <th scope="col" className="py-2 pr-4">
              <span className="sr-only">Split (chart)</span>
              <Legend />
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.key ?? '(none)'} className="border-b border-gray-300">
              <th scope="row" className="py-2 pr-4 font-normal break-all">
                {describe(group.key)}
              </th>
              <td className={cell}>{group.total}</td>
              <td className={cell}>{group.yes}</td>
              <td className={cell}>{group.partly}</td>
              <td className={cell}>{group.no}</td>
              <td className={`${cell} font-semibold`}>{foundRate(group)}%</td>
              <td className="w-48 py-2 pr-4">
                <div aria-hidden="true" className="flex h-4 w-44 overflow-hidden rounded border border-gray-700">
                  <div className="bg-green-800" style={{ width: `${percent(group.yes, group.total)}%` }} />
                  <div className="bg-amber-400" style={{ width: `${percent(group.partly, group.total)}%` }} />
                  <div className="bg-red-800" style={{ width: `${percent(group.no, group.total)}%` }} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Legend() {
  const swatch = 'inline-block h-3 w-3 rounded-sm border border-gray-700 align-middle';
  return (
    <span aria-hidden="true" className="flex gap-3 text-sm font-normal">
      <span>
        <span className={`${swatch} bg-green-800`} /> found
      </span>
      <span>
        <span className={`${swatch} bg-amber-400`} /> partly
      </span>
      <span>
        <span className={`${swatch} bg-red-800`} /> not
      </span>
    </span>
  );
}
