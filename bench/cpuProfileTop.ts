import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import type { SourceMapPayload } from 'node:module';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The parts of a V8 `.cpuprofile` (what `node --cpu-prof` writes) used here. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples: number[];
  /** Microseconds before each sample. */
  timeDeltas: number[];
}

export interface ProfileEntry {
  function: string;
  /** file:line relative to the project (TypeScript source when the built file has a source map). */
  location: string;
  selfMs: number;
  /** Share of the profile's busy (non-idle) time. */
  percent: number;
}

export interface ProfileTop {
  profileMs: number;
  idleMs: number;
  top: ProfileEntry[];
  /** Self time summed by package or project folder, largest first. */
  byArea: { area: string; selfMs: number; percent: number }[];
}

const sourceMaps = new Map<string, SourceMap | undefined>();

/** A built file's source map, if it has one beside it. */
function sourceMapOf(file: string): SourceMap | undefined {
  if (!sourceMaps.has(file)) {
    const mapFile = `${file}.map`;
    sourceMaps.set(file, existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')) as SourceMapPayload) : undefined);
  }
  return sourceMaps.get(file);
}

/**
 * `file:line` relative to `root`, mapped back to the TypeScript source when it is there; a
 * bundle whose sources are not shipped shows line:column and, in brackets, the mapped source.
 */
function locate(url: string, line: number, column: number, root: string): string {
  if (!url) return '(native)';
  if (!url.startsWith('file://')) return `${url}:${line + 1}`;
  const file = fileURLToPath(url);
  const entry = sourceMapOf(file)?.findEntry(line, column);
  if (!entry || !('originalSource' in entry) || !entry.originalSource) return `${relative(root, file)}:${line + 1}`;
  const source = entry.originalSource.startsWith('file://') ? fileURLToPath(entry.originalSource) : resolve(dirname(file), entry.originalSource);
  if (existsSync(source)) return `${relative(root, source)}:${entry.originalLine + 1}`;
  return `${relative(root, file)}:${line + 1}:${column + 1} (${basename(source)}:${entry.originalLine + 1})`;
}

/** Where time goes by part: a package, a folder of the project, WebAssembly, Node itself. */
function areaOf(location: string): string {
  if (location.startsWith('wasm://')) return 'WebAssembly (PGlite)';
  if (location.startsWith('node:')) return 'Node.js internals';
  if (location === '(native)') return 'native and V8 (GC, I/O, program)';
  const parts = location.split(/[\\/]/);
  if (parts[0] === 'node_modules') return parts[1]?.startsWith('@') ? `${parts[1]}/${parts[2]}` : (parts[1] ?? 'node_modules');
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : (parts[0] ?? location);
}

/** The `count` functions with the most self time in a `.cpuprofile`, idle time left out. */
export function summariseCpuProfile(path: string, root: string, count = 15): ProfileTop {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const selfUs = new Map<number, number>();
  // A sample lasts until the next one: its time is the following delta.
  profile.samples.forEach((id, index) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index + 1] ?? 0)));

  const byFunction = new Map<string, { function: string; location: string; us: number }>();
  let idleUs = 0;
  let totalUs = 0;
  for (const [id, us] of selfUs) {
    const frame = frames.get(id);
    if (!frame) continue;
    totalUs += us;
    if (frame.functionName === '(idle)') {
      idleUs += us;
      continue;
    }
    const location = locate(frame.url, frame.lineNumber, frame.columnNumber, root);
    const name = frame.functionName || '(anonymous)';
    const key = `${name} ${location}`;
    const entry = byFunction.get(key) ?? { function: name, location, us: 0 };
    entry.us += us;
    byFunction.set(key, entry);
  }
  const busyUs = Math.max(1, totalUs - idleUs);
  const ms = (us: number) => Math.round(us / 100) / 10;
  const percent = (us: number) => Math.round((1000 * us) / busyUs) / 10;
  const sorted = [...byFunction.values()].sort((a, b) => b.us - a.us);
  const top = sorted.slice(0, count).map((entry) => ({ function: entry.function, location: entry.location, selfMs: ms(entry.us), percent: percent(entry.us) }));
  const areas = new Map<string, number>();
  for (const entry of sorted) areas.set(areaOf(entry.location), (areas.get(areaOf(entry.location)) ?? 0) + entry.us);
  const byArea = [...areas].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([area, us]) => ({ area, selfMs: ms(us), percent: percent(us) }));
  return { profileMs: Math.round(totalUs / 1000), idleMs: Math.round(idleUs / 1000), top, byArea };
}
