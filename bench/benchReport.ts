import type { LoadResult } from './conversationLoad.js';

export type ServerName = 'assistant' | 'dialog floor' | 'echo floor' | 'HTTP floor';
export const SERVERS: readonly ServerName[] = ['assistant', 'dialog floor', 'echo floor', 'HTTP floor'];
/** The floors, from the most the SDK does to the least. */
export const FLOORS = ['dialog floor', 'echo floor', 'HTTP floor'] as const;

export interface LoadRow extends LoadResult {
  server: ServerName;
  concurrency: number;
}

export interface Target {
  name: string;
  value: string;
  met: boolean;
}

const pad = (value: string | number, width: number) => String(value).padStart(width);

/** The per-server, per-concurrency table and the assistant's ratios to each floor. */
export function loadTable(rows: readonly LoadRow[], levels: readonly number[]): string {
  const lines = [`${'server'.padEnd(11)}${pad('N', 4)}${pad('turns/s', 10)}${pad('p50 ms', 9)}${pad('p99 ms', 9)}${pad('errors', 8)}`];
  for (const server of SERVERS) {
    for (const row of rows.filter((r) => r.server === server)) {
      lines.push(`${server.padEnd(11)}${pad(row.concurrency, 4)}${pad(row.turnsPerSecond.toFixed(0), 10)}${pad(row.latencyMs.p50.toFixed(2), 9)}${pad(row.latencyMs.p99.toFixed(2), 9)}${pad(row.errors.total, 8)}`);
    }
  }
  lines.push('', `${'throughput ratio'.padEnd(26)}${levels.map((n) => pad(`N=${n}`, 8)).join('')}`);
  for (const floor of FLOORS) {
    const ratios = levels.map((n) => pad(`${ratio(rows, n, floor).toFixed(2)}x`, 8));
    lines.push(`${`assistant / ${floor}`.padEnd(26)}${ratios.join('')}`);
  }
  return lines.join('\n');
}

/** Assistant throughput over a floor's at concurrency `n`. */
export function ratio(rows: readonly LoadRow[], n: number, floor: ServerName): number {
  const of = (server: ServerName) => rows.find((row) => row.server === server && row.concurrency === n)?.turnsPerSecond ?? 0;
  return of(floor) > 0 ? of('assistant') / of(floor) : 0;
}

export function targetLines(targets: readonly Target[]): string {
  return targets.map((t) => `${t.met ? 'met    ' : 'NOT met'}  ${t.name}: ${t.value}`).join('\n');
}

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** One bar series of the chart: a server of one run, its rows by concurrency. */
export interface ChartSeries {
  label: string;
  colour: string;
  rows: readonly LoadRow[];
}

/** One panel: grouped bars per concurrency on a log scale, with the values on top. */
function panel(series: readonly ChartSeries[], levels: readonly number[], x0: number, title: string, unit: string, value: (row: LoadRow) => number, target?: number): string {
  const width = 330;
  const height = 200;
  const top = 40;
  const values = series.flatMap((one) => one.rows.map(value)).filter((v) => v > 0);
  const lo = Math.floor(Math.log10(Math.min(...values, 1)));
  const hi = Math.ceil(Math.log10(Math.max(...values, 10)));
  const y = (v: number) => top + height - ((Math.log10(Math.max(v, 10 ** lo)) - lo) / Math.max(1, hi - lo)) * height;
  const parts = [`<text x="${x0 + width / 2}" y="20" text-anchor="middle" font-weight="bold">${escapeXml(title)}</text>`];
  for (let power = lo; power <= hi; power += 1) {
    const gy = y(10 ** power).toFixed(1);
    parts.push(`<line x1="${x0}" x2="${x0 + width}" y1="${gy}" y2="${gy}" stroke="#ddd"/>`, `<text x="${x0 - 6}" y="${gy}" text-anchor="end" dominant-baseline="middle">${escapeXml(String(10 ** power))}</text>`);
  }
  if (target) {
    const ty = y(target).toFixed(1);
    parts.push(`<line x1="${x0}" x2="${x0 + width}" y1="${ty}" y2="${ty}" stroke="#c0392b" stroke-dasharray="4 3"/>`);
  }
  const group = width / levels.length;
  const bar = (group - 12) / series.length;
  levels.forEach((n, i) => {
    series.forEach((one, j) => {
      const row = one.rows.find((r) => r.concurrency === n);
      if (!row) return;
      const v = value(row);
      const bx = x0 + i * group + 6 + j * bar;
      const by = y(v);
      parts.push(
        `<rect x="${bx.toFixed(1)}" y="${by.toFixed(1)}" width="${(bar - 1).toFixed(1)}" height="${(top + height - by).toFixed(1)}" fill="${one.colour}"><title>${escapeXml(`${one.label}, N=${n}: ${v} ${unit}`)}</title></rect>`,
        `<text x="${(bx + bar / 2 - 0.5).toFixed(1)}" y="${(by - 3).toFixed(1)}" text-anchor="middle" font-size="7">${escapeXml(v >= 100 ? v.toFixed(0) : v.toFixed(1))}</text>`,
      );
    });
    parts.push(`<text x="${x0 + i * group + group / 2}" y="${top + height + 16}" text-anchor="middle">${escapeXml(`N=${n}`)}</text>`);
  });
  parts.push(
    `<line x1="${x0}" x2="${x0}" y1="${top}" y2="${top + height}" stroke="#333"/>`,
    `<line x1="${x0}" x2="${x0 + width}" y1="${top + height}" y2="${top + height}" stroke="#333"/>`,
    `<text x="${x0 + width / 2}" y="${top + height + 34}" text-anchor="middle">${escapeXml('concurrent conversations')}</text>`,
    `<text transform="translate(${x0 - 46} ${top + height / 2}) rotate(-90)" text-anchor="middle">${escapeXml(`${unit} (log scale)`)}</text>`,
  );
  return parts.join('\n');
}

/** Colours for the assistant's runs (up to four), then the floors. */
export const RUN_COLOURS = ['#c0392b', '#e67e22', '#8e44ad', '#16a085'];
export const FLOOR_COLOURS: Record<Exclude<ServerName, 'assistant'>, string> = { 'dialog floor': '#b7950b', 'echo floor': '#2471a3', 'HTTP floor': '#7f8c8d' };

/** Throughput and p99 latency by concurrency, every series side by side. */
export function chartSvg(series: readonly ChartSeries[], levels: readonly number[], caption: string): string {
  const legend = series
    .map((one, i) => `<rect x="${70 + (i % 2) * 380}" y="${284 + Math.floor(i / 2) * 15}" width="12" height="12" fill="${one.colour}"/><text x="${88 + (i % 2) * 380}" y="${294 + Math.floor(i / 2) * 15}">${escapeXml(one.label)}</text>`)
    .join('\n');
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="820" height="360" viewBox="0 0 820 360" font-family="sans-serif" font-size="11">',
    '<rect width="820" height="360" fill="#fff"/>',
    panel(series, levels, 70, 'Throughput (keep-alive connections)', 'turns/s', (row) => row.turnsPerSecond),
    panel(series, levels, 470, 'p99 latency (dashed: 50 ms)', 'ms', (row) => row.latencyMs.p99, 50),
    legend,
    `<text x="810" y="352" text-anchor="end" font-size="9" fill="#555">${escapeXml(caption)}</text>`,
    '</svg>',
    '',
  ].join('\n');
}
