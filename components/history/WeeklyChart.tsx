import type { WeekTotal } from '../../core/history';
import type { MyBackText } from '../../ui-text/my-back-text';

const WIDTH = 640;
const HEIGHT = 180;
const TOP = 14; // room for the pain marks
const BOTTOM = 18; // room for the year labels
const LEFT = 34;

/**
 * Weekly distance as SVG bars, a triangle over each week with a painful run (a shape, so it
 * reads without colour), and the same data as a table for screen readers and exact values.
 */
export function WeeklyChart({ text, weeks }: { text: MyBackText; weeks: readonly WeekTotal[] }) {
  if (weeks.length === 0) return null;
  const maxKm = Math.max(10, Math.ceil(Math.max(...weeks.map((w) => w.km)) / 10) * 10);
  const plotW = WIDTH - LEFT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const step = plotW / weeks.length;
  const barW = Math.max(0.5, step * 0.8);
  const painWeeks = weeks.filter((w) => w.painRuns > 0).length;
  const years = weeks
    .map((w, i) => ({ year: w.weekStart.slice(0, 4), i }))
    .filter((w, k, all) => k === 0 || w.year !== all[k - 1]!.year);
  const yearStep = Math.ceil(years.length / 10);
  return (
    <figure class="weekly-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={text.timelineLabel(weeks.length, weeks[0]!.weekStart, weeks[weeks.length - 1]!.weekStart, maxKm, painWeeks)}
      >
        <text x={LEFT - 4} y={TOP + 4} text-anchor="end" class="axis">
          {maxKm}
        </text>
        <text x={LEFT - 4} y={TOP + plotH} text-anchor="end" class="axis">
          0
        </text>
        <line x1={LEFT} x2={WIDTH} y1={TOP + plotH} y2={TOP + plotH} class="baseline" />
        {weeks.map((w, i) => {
          const h = (w.km / maxKm) * plotH;
          const x = LEFT + i * step;
          return (
            <g key={w.weekStart}>
              {h > 0 && <rect x={x} y={TOP + plotH - h} width={barW} height={h} class="bar" />}
              {w.painRuns > 0 && (
                <path d={`M${x + barW / 2 - 3},${TOP + plotH - h - 2} h6 l-3,-6 z`} class="pain-mark" />
              )}
            </g>
          );
        })}
        {years
          .filter((_, k) => k % yearStep === 0)
          .map(({ year, i }) => (
            <text key={year} x={LEFT + i * step} y={HEIGHT - 4} class="axis">
              {year}
            </text>
          ))}
      </svg>
      <figcaption class="help">
        {text.timelineHelp} <span aria-hidden="true">{text.painMarkLegend}</span>
      </figcaption>
      <details>
        <summary>{text.timelineTable}</summary>
        <table class="weeks">
          <thead>
            <tr>
              <th scope="col">{text.timelineColumns.week}</th>
              <th scope="col">{text.timelineColumns.km}</th>
              <th scope="col">{text.timelineColumns.painRuns}</th>
            </tr>
          </thead>
          <tbody>
            {weeks
              .filter((w) => w.runs > 0)
              .map((w) => (
                <tr key={w.weekStart}>
                  <th scope="row">{w.weekStart}</th>
                  <td>{w.km.toFixed(1)}</td>
                  <td>{w.painRuns}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
