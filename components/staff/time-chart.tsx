import type { PeriodCount } from '@/lib/feedback/dashboard';

type TimeChartProps = {
  id: string;
  title: string;
  unit: 'day' | 'week';
  periods: PeriodCount[];
};

const shortDate = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const label = (start: string) => shortDate.format(new Date(`${start}T00:00:00Z`));

/**
 * Answers over time as a column chart. Screen readers get the chart as one image with a summary
 * (total, busiest period) and every number in the table below it; sighted staff get both.
 */
export function TimeChart({ id, title, unit, periods }: TimeChartProps) {
  const total = periods.reduce((sum, period) => sum + period.total, 0);
  const busiest = periods.reduce<PeriodCount | undefined>((best, period) => (!best || period.total > best.total ? period : best), undefined);
  const most = Math.max(1, busiest?.total ?? 0);
  const width = 720;
  const height = 200;
  const slot = width / Math.max(1, periods.length);
  const first = periods[0];
  const last = periods.at(-1);
  const summary =
    total === 0 || !busiest || !first || !last
      ? 'No answers in this range.'
      : `${total} answers from ${label(first.start)} to ${label(last.start)}; the busiest ${unit} was ${unit === 'week' ? 'the week of ' : ''}${label(busiest.start)} with ${busiest.total}.`;

  return (
    <figure aria-labelledby={`${id}-caption`} className="space-y-3">
      <figcaption id={`${id}-caption`} className="text-xl font-bold">
        {title} <span className="font-normal text-muted">(per {unit})</span>
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height + 24}`} role="img" aria-labelledby={`${id}-summary`} className="h-auto w-full max-w-3xl border-b-2 border-gray-700">
        <title id={`${id}-summary`}>{summary}</title>
        {periods.map((period, index) => {
          const barHeight = (period.total / most) * height;
          return (
            <rect key={period.start} x={index * slot + slot * 0.15} y={height - barHeight} width={slot * 0.7} height={barHeight} className="fill-brand-600" />
          );
        })}
        {first && last ? (
          <>
            <text x={0} y={height + 18} className="fill-ink text-[14px]">
              {label(first.start)}
            </text>
            <text x={width} y={height + 18} textAnchor="end" className="fill-ink text-[14px]">
              {label(last.start)}
            </text>
          </>
        ) : null}
      </svg>
      <p aria-hidden="true">{summary}</p>
      <details>
        <summary className="cursor-pointer font-semibold text-brand-700 underline">Show the numbers as a table</summary>
        <table className="mt-2 border-collapse text-left">
          <caption className="sr-only">
            {title}, per {unit}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="border-b-2 border-gray-700 py-1 pr-6">
                {unit === 'week' ? 'Week starting' : 'Day'}
              </th>
              <th scope="col" className="border-b-2 border-gray-700 py-1 text-right">
                Answers
              </th>
            </tr>
          </thead>
          <tbody>
            {periods.map((period) => (
              <tr key={period.start} className="border-b border-gray-300">
                <td className="py-1 pr-6">{label(period.start)}</td>
                <td className="py-1 text-right tabular-nums">{period.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
