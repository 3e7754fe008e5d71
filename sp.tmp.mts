import { summariseCpuProfile } from './bench/cpuProfileTop.ts';
const f = process.argv[2]!;
const r = summariseCpuProfile(f, process.cwd(), 25);
console.log(r.profileMs, r.idleMs);
for (const a of r.byArea) console.log(a.selfMs, a.percent + '%', a.area);
for (const t of r.top) console.log(t.selfMs, t.function, t.location);
