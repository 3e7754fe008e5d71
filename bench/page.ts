import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { parseConfig } from '../src/config.js';
import { openDatabase } from '../src/db/open.js';
import { StaticAssets } from '../src/http/staticAssets.js';
import { pageAssetsDir, webChatBundle } from '../src/paths.js';
import { compose } from '../src/compose.js';

/**
 * `npm run bench:page -- [--runs 5] [--chromium /usr/bin/chromium]`: what the Web Chat page costs a
 * visitor on loopback. Starts the assistant in this process, then in Chromium measures, for a first
 * visit (empty cache), a second visit (new tab, same browser profile) and a reload: bytes transferred
 * (Resource Timing `transferSize`: headers and body as sent, 0 from the cache) and the time from
 * navigation start to the greeting on screen; medians of `--runs`. Also how long compressing the
 * scripts and styles takes, and how long it holds the event loop.
 */
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, chromium: { type: 'string', default: '/usr/bin/chromium' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  process.stderr.write('--runs must be a whole number of at least 1\n');
  process.exit(2);
}

const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Compressing the page's assets on their own: time to gzip, to brotli, and the longest event-loop stall meanwhile. */
async function compressionCost() {
  const loadStart = performance.now();
  const assets = StaticAssets.fromDirectory(pageAssetsDir, { 'webchat.js': webChatBundle });
  const loadMs = performance.now() - loadStart;
  const stalls = monitorEventLoopDelay({ resolution: 10 });
  stalls.enable();
  const start = performance.now();
  await assets.compress();
  const compressMs = performance.now() - start;
  stalls.disable();
  return { readAndHashMs: Math.round(loadMs), compressAllMs: Math.round(compressMs), longestEventLoopStallMs: Math.round(stalls.max / 1e6) };
}

/** Body bytes of `path` as sent for each Accept-Encoding. */
function sentBytes(base: string, path: string, acceptEncoding: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(base + path, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      let length = 0;
      res.on('data', (chunk: Buffer) => (length += chunk.length));
      res.on('end', () => resolve(length));
    })
      .on('error', reject)
      .end();
  });
}

interface Visit {
  /** The greeting on screen: the page's own preview, or Web Chat if it came first. */
  greetingMs: number;
  /** Web Chat showing the greeting, ready to type into (most of the wait is running its bundle). */
  chatReadyMs: number;
  /** Page, scripts and styles. */
  pageBytes: number;
  /** Direct Line: token, conversation, activities, up to the greeting. */
  chatBytes: number;
  fromCache: string[];
}

interface Timings {
  transferSize: number;
  domContentLoadedEventEnd?: number;
  name: string;
  initiatorType: string;
}
interface PageGlobals {
  performance: { now(): number; getEntriesByType(type: string): Timings[] };
  document: { querySelector(selector: string): { textContent: string | null } | null };
}

/** Opens the page in `page` (or reloads it) and waits for the greeting. */
async function visit(page: Page, url: string, reload = false): Promise<Visit> {
  if (reload) await page.reload({ waitUntil: 'commit' });
  else await page.goto(url, { waitUntil: 'commit' });
  const when = async (selector: string) => {
    const shown = await page.waitForFunction(
      (target) => {
        const browser = globalThis as unknown as PageGlobals;
        return (browser.document.querySelector(target)?.textContent ?? '').includes('virtual assistant') && browser.performance.now();
      },
      selector,
      { polling: 'raf', timeout: 30_000 },
    );
    return (await shown.jsonValue()) as number;
  };
  const greetingMs = await when('#chat');
  const chatReadyMs = await when('.webchat__basic-transcript__activity');
  const entries = await page.evaluate(() => {
    const browser = globalThis as unknown as PageGlobals;
    return [...browser.performance.getEntriesByType('navigation'), ...browser.performance.getEntriesByType('resource')].map(({ name, transferSize, initiatorType, domContentLoadedEventEnd }) => ({
      name,
      transferSize,
      initiatorType,
      domContentLoadedEventEnd,
    }));
  });
  const isChat = (name: string) => /\/(api|v3)\//.test(new URL(name).pathname);
  return {
    greetingMs: Math.round(greetingMs),
    chatReadyMs: Math.round(chatReadyMs),
    pageBytes: entries.filter((entry) => !isChat(entry.name)).reduce((sum, entry) => sum + entry.transferSize, 0),
    chatBytes: entries.filter((entry) => isChat(entry.name)).reduce((sum, entry) => sum + entry.transferSize, 0),
    fromCache: entries.filter((entry) => !isChat(entry.name) && entry.transferSize === 0).map((entry) => new URL(entry.name).pathname),
  };
}

const cost = await compressionCost();
const dataDir = mkdtempSync(join(tmpdir(), 'bench-page-'));
const db = await openDatabase({ dataDir: join(dataDir, 'db') });
const config = parseConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', RATE_LIMIT_PER_ADDRESS: '100000' });
const app = await compose(config, { db, tokenSecret: randomBytes(32).toString('hex'), backgroundJobs: false });
await new Promise<void>((resolve) => {
  app.server.listen(0, '127.0.0.1', resolve);
});
const url = app.baseUrl();
const browser = await chromium.launch({ executablePath: values.chromium, args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });

let context: BrowserContext | undefined;
try {
  // The server's first page view starts compression: gzip is awaited, brotli follows in the background.
  context = await browser.newContext();
  const firstEver = await visit(await context.newPage(), url);
  await context.close();
  const html = await (await fetch(url)).text();
  const links = Object.fromEntries([...html.matchAll(/(?:src|href)="(\/([\w.-]+)\?v=[0-9a-f]+)"/g)].map((match) => [match[2]!, match[1]!]));
  const brotliReadyStart = performance.now();
  while ((await fetch(url + links['webchat.js'], { method: 'HEAD', headers: { 'accept-encoding': 'br' } })).headers.get('content-encoding') !== 'br') await new Promise((resolve) => setTimeout(resolve, 100));
  const brotliWaitMs = Math.round(performance.now() - brotliReadyStart);

  const sizes: Record<string, Record<string, number>> = {};
  for (const [name, path] of Object.entries(links)) sizes[name] = { identity: await sentBytes(url, path, 'identity'), gzip: await sentBytes(url, path, 'gzip'), br: await sentBytes(url, path, 'br') };

  const first: Visit[] = [];
  const second: Visit[] = [];
  const reload: Visit[] = [];
  for (let run = 0; run < runs; run++) {
    context = await browser.newContext();
    const page = await context.newPage();
    first.push(await visit(page, url));
    reload.push(await visit(page, url, true));
    second.push(await visit(await context.newPage(), url));
    await context.close();
    context = undefined;
  }
  const summary = (visits: Visit[]) => ({
    greetingMsMedian: median(visits.map((v) => v.greetingMs)),
    greetingMs: visits.map((v) => v.greetingMs),
    chatReadyMsMedian: median(visits.map((v) => v.chatReadyMs)),
    pageBytesMedian: median(visits.map((v) => v.pageBytes)),
    chatBytesMedian: median(visits.map((v) => v.chatBytes)),
    fromCache: visits[0]?.fromCache ?? [],
  });
  const result = {
    compression: { ...cost, brotliReadyAfterFirstViewMs: brotliWaitMs },
    sizes,
    firstViewAfterStart: firstEver,
    firstVisit: summary(first),
    secondVisit: summary(second),
    reload: summary(reload),
    runs,
    loadAverage: loadavg().map((load) => Number(load.toFixed(2))),
    cpus: availableParallelism(),
    node: process.version,
    date: new Date().toISOString(),
  };
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const lines = [
    `compression (own process): read and hash ${cost.readAndHashMs} ms; gzip + brotli of everything ${cost.compressAllMs} ms off the event loop (longest stall ${cost.longestEventLoopStallMs} ms)`,
    `brotli ready ${brotliWaitMs} ms after the server's first page view finished`,
    ...Object.entries(sizes).map(([name, size]) => `${name.padEnd(12)} identity ${kb(size.identity!)}, gzip ${kb(size.gzip!)}, br ${kb(size.br!)}`),
    `first view after start: greeting ${firstEver.greetingMs} ms, page ${kb(firstEver.pageBytes)}`,
    ...(
      [
        ['first visit', result.firstVisit],
        ['second visit', result.secondVisit],
        ['reload', result.reload],
      ] as const
    ).map(([label, s]) => `${label.padEnd(13)} greeting median ${s.greetingMsMedian} ms (${s.greetingMs.join(', ')}; Web Chat ready ${s.chatReadyMsMedian} ms); page ${kb(s.pageBytesMedian)}, Direct Line ${kb(s.chatBytesMedian)}; from cache: ${s.fromCache.join(' ') || 'nothing'}`),
    `load average ${result.loadAverage.join(' ')} on ${result.cpus} CPUs`,
    '',
  ];
  process.stdout.write(lines.join('\n'));
  mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(join(import.meta.dirname, 'results', 'page.json'), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await context?.close();
  await browser.close();
  await new Promise<void>((resolve) => {
    app.server.close(() => resolve());
    app.server.server.closeAllConnections();
  });
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
}
