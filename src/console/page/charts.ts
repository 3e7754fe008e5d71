// Bar charts drawn as SVG, each with a text summary for screen readers and the same figures as a table.
import { h } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const HEIGHT = 160;
const BAR_GAP = 0.25;

export interface Series {
  name: string;
  /** One value a day; null where nothing was measured. */
  values: (number | null)[];
  /** A CSS class that colours the bars (see console.css). */
  className: string;
}

export interface ChartSpec {
  id: string;
  title: string;
  /** Day labels, as shown under the chart and in the table. */
  days: string[];
  series: Series[];
  unit: string;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

const shown = (value: number | null, unit: string) => (value === null ? 'none' : `${value}${unit ? ` ${unit}` : ''}`);

/** "Highest: 9 on Dec 2; total 42." for each series. */
function summary({ days, series, unit }: ChartSpec): string {
  return series
    .map(({ name, values }) => {
      const measured = values.flatMap((value, index) => (value === null ? [] : [{ value, day: days[index] ?? '' }]));
      if (measured.length === 0) return `${name}: nothing to show.`;
      const top = measured.reduce((best, entry) => (entry.value > best.value ? entry : best));
      return `${name}: highest ${shown(top.value, unit)} on ${top.day}.`;
    })
    .join(' ');
}

/** A figure: the chart (role img, named and described), a legend, and a table of the same figures. */
export function barChart(spec: ChartSpec): HTMLElement {
  const { id, title, days, series, unit } = spec;
  const max = Math.max(1, ...series.flatMap((one) => one.values.map((value) => value ?? 0)));
  const slot = series.length + BAR_GAP * 2;
  const width = Math.max(1, days.length) * slot * 10;
  const bars = days.flatMap((day, dayIndex) =>
    series.map((one, seriesIndex) => {
      const value = one.values[dayIndex] ?? null;
      const height = value === null ? 0 : Math.max(value > 0 ? 1 : 0, (value / max) * (HEIGHT - 10));
      return svg(
        'rect',
        { class: `bar ${one.className}`, x: (dayIndex * slot + BAR_GAP + seriesIndex) * 10, y: HEIGHT - height, width: 9, height },
        svg('title', {}, `${day}, ${one.name}: ${shown(value, unit)}`),
      );
    }),
  );
  const chart = svg(
    'svg',
    { viewBox: `0 0 ${width} ${HEIGHT}`, preserveAspectRatio: 'none', role: 'img', 'aria-labelledby': `${id}-title ${id}-desc`, class: 'chart' },
    svg('title', { id: `${id}-title` }, title),
    svg('desc', { id: `${id}-desc` }, summary(spec)),
    svg('line', { class: 'axis', x1: 0, y1: HEIGHT, x2: width, y2: HEIGHT }),
    ...bars,
  );
  const legend = h('ul', { class: 'legend' }, ...series.map((one) => h('li', {}, h('span', { class: `swatch ${one.className}`, 'aria-hidden': 'true' }), one.name)));
  const scale = h('p', { class: 'scale', 'aria-hidden': 'true' }, h('span', {}, days[0] ?? ''), h('span', {}, `top: ${max}${unit ? ` ${unit}` : ''}`), h('span', {}, days.at(-1) ?? ''));
  const table = h(
    'table',
    {},
    h('caption', {}, title),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Day'), ...series.map((one) => h('th', { scope: 'col' }, one.name)))),
    h('tbody', {}, ...days.map((day, index) => h('tr', {}, h('th', { scope: 'row' }, day), ...series.map((one) => h('td', {}, shown(one.values[index] ?? null, unit)))))),
  );
  return h(
    'figure',
    { class: 'chart-figure', 'aria-labelledby': `${id}-caption` },
    h('figcaption', { id: `${id}-caption` }, title),
    chart,
    scale,
    legend,
    h('details', {}, h('summary', {}, 'Show the figures as a table'), table),
  );
}
