import type { SeriesUnit } from './period.ts';
import type { SeriesPoint } from './overview-records.ts';

/** The chart's lines, in the order drawn and tabulated. */
export const SERIES_LINES = [
  { key: 'received', label: 'Received', color: '#4b5563', dash: [6, 4] },
  { key: 'recognised', label: 'Recognised', color: '#1d4ed8', dash: [] },
  { key: 'emailed', label: 'Emailed their credentials', color: '#047857', dash: [2, 3] },
] as const satisfies readonly { key: keyof Omit<SeriesPoint, 'start'>; label: string; color: string; dash: number[] }[];

/** A bucket's label: `13:00` for an hour, `Tue 3 Mar` for a day, both in UTC like the buckets. */
export function bucketLabel(start: Date, unit: SeriesUnit): string {
  if (unit === 'hour') return `${start.toISOString().slice(11, 16)}`;
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' }).format(start);
}

/**
 * The Chart.js configuration the console's script draws from a canvas's `data-chart` attribute: plain JSON, so
 * no function (tooltips, tick callbacks) can be part of it. Lines differ in dash as well as colour, so they can
 * be told apart without colour.
 */
export function overviewChartConfig(points: readonly SeriesPoint[], unit: SeriesUnit): Record<string, unknown> {
  return {
    type: 'line',
    data: {
      labels: points.map((point) => bucketLabel(point.start, unit)),
      datasets: SERIES_LINES.map((line) => ({
        label: line.label,
        data: points.map((point) => point[line.key]),
        borderColor: line.color,
        backgroundColor: line.color,
        borderDash: line.dash,
        tension: 0,
        pointRadius: points.length > 40 ? 0 : 3,
      })),
    },
    options: {
      responsive: true,
      // Width from the page, height from the ratio: no stylesheet has to size the chart's box.
      aspectRatio: 3,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'Messages' } } },
      plugins: { legend: { position: 'bottom' } },
    },
  };
}
