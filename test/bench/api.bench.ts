/**
 * `npm run bench:api`: the back end under load on loopback. The local host and Azurite (in memory)
 * run in a child process (apiHost.ts), so the clients here do not share its event loop. A tree of a
 * root, 10 districts and 30 units under each; every unit submits 200 people once (201), from 30
 * concurrent clients; then about a tenth of the units replace their submission with If-Match (200),
 * a few replay an Idempotency-Key (the first answer again), a few send a stale If-Match (412).
 * Prints throughput and latency; then checks that the root's totals, and each district's, equal the
 * sums of the people each unit last sent: nothing lost, nothing counted twice (exit code 1 if not).
 * Then two cases, each with its throughput, latency, 5xx answers for submissions that were stored,
 * and whether the totals match once settled: a wide parent (2,000 children submitting once), and a
 * fault (Azurite on disk killed with SIGKILL mid-burst and restarted, replacements without keys).
 * Prints figures; asserts nothing on speed.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { signDevToken, type Role } from "../../functions/auth/identity.js";
import { LEVELS, type Level } from "../../shared/levels.js";
import type { StaffType } from "../../shared/staffTypes.js";
import type { SubmittedPerson } from "../../shared/submission/schema.js";
import { STAFF_KEYS } from "../../shared/summary/index.js";

const DISTRICTS = Number(process.env.BENCH_DISTRICTS ?? 10);
const UNITS_PER_DISTRICT = Number(process.env.BENCH_UNITS ?? 30);
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 200);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 30);
/** The whole run stops by itself after this, whatever happens. */
const TIMEOUT_S = Number(process.env.BENCH_TIMEOUT_S ?? 600);
const REQUEST_TIMEOUT_MS = 60_000;
const YEAR = 2026;
const ROOT = "tinh";

// ---------------------------------------------------------------------------------------------
// The host in a child process, killed at the end whatever happens.

let host: ChildProcess | undefined;
/** What the host printed after it started (its error log, one line per failed request): line → count. */
const hostLog = new Map<string, number>();
const logLine = (line: string) => hostLog.set(line, (hostLog.get(line) ?? 0) + 1);

/** Kills the host's process group (the host and the Azurite it started) at once. */
function killHostNow(): void {
  if (host?.pid === undefined) return;
  try {
    process.kill(-host.pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

/** Asks the host to stop (it stops Azurite), then kills what is left of its process group. */
async function stopHost(): Promise<void> {
  const child = host;
  if (child?.pid === undefined) return;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
  }
  killHostNow();
  host = undefined;
}

process.on("exit", killHostNow);
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => {
    killHostNow();
    process.exit(130);
  });

async function startHost(key: Uint8Array, env: Record<string, string> = {}): Promise<string> {
  // Port 0: the host takes a port the system gives it, after Azurite took its own (a port chosen
  // here and freed could be taken by Azurite in between).
  const child = spawn(process.execPath, [join(import.meta.dirname, "apiHost.js"), "0"], {
    env: { ...process.env, ...env, BENCH_DEV_KEY: Buffer.from(key).toString("hex") },
    stdio: ["pipe", "pipe", "pipe"],
    // Its own process group, so that one signal reaches the Azurite it starts too.
    detached: true,
  });
  host = child;
  const lines = createInterface({ input: child.stdout! });
  createInterface({ input: child.stderr! }).on("line", logLine);
  const ready = await new Promise<{ port: number }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the host did not start within 60 s")), 60_000);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the host stopped before serving (exit ${code})`));
    });
    lines.once("line", (line) => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(line) as { port: number });
      } catch {
        reject(new Error(`the host said: ${line}`));
      }
    });
  });
  lines.on("line", (line) => (line === '{"restarted":true}' ? restarted?.() : logLine(line)));
  return `http://127.0.0.1:${ready.port}/api`;
}

/** Called when the host says it has restarted Azurite after a `crash`. */
let restarted: (() => void) | undefined;

/** Has the host kill Azurite (SIGKILL) and start it again on its data; resolves once it serves. */
/** `crash`: Azurite killed and started again; `save`: stopped as a service manager would, and started again. */
function restartStorage(how: "crash" | "save"): Promise<void> {
  return new Promise((resolve) => {
    restarted = resolve;
    host!.stdin!.write(`${how}\n`);
  });
}

// ---------------------------------------------------------------------------------------------
// Calls, timed.

interface Sample {
  round: string;
  kind: string;
  status: number;
  ms: number;
  people: number;
}

interface Answer {
  status: number;
  body: Record<string, unknown>;
  ms: number;
}

let base = "";

async function call(
  method: string,
  path: string,
  options: { token: string; body?: string; headers?: Record<string, string> },
): Promise<Answer> {
  const start = performance.now();
  try {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${options.token}`,
        ...(options.body !== undefined ? { "content-type": "application/json" } : {}),
        ...options.headers,
      },
      body: options.body,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await res.text();
    const ms = performance.now() - start;
    let body: Record<string, unknown> = {};
    try {
      body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      body = { error: text.slice(0, 200) };
    }
    return { status: res.status, body, ms };
  } catch (error) {
    // No answer (refused, reset, timed out): status 0.
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { status: 0, body: { error: message }, ms: performance.now() - start };
  }
}

/** A pool of `clients` workers taking the jobs in order, each one job at a time. */
async function pool<T>(jobs: readonly T[], clients: number, run: (job: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) await run(jobs[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(clients, jobs.length) }, worker));
}

// ---------------------------------------------------------------------------------------------
// Deterministic people.

const SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"];
const MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Thanh", "Ngọc"];
const GIVEN = ["An", "Bình", "Cường", "Dung", "Giang", "Hải", "Hạnh", "Khoa", "Lan", "Minh", "Nga", "Phúc"];
const OFFICES = ["Văn phòng", "Phòng Tổ chức", "Phòng Kế hoạch", "Phòng Tài chính", "Bộ phận Một cửa"];
const NOT_RATED = ["Công tác dưới 6 tháng", "Nghỉ thai sản", "Nghỉ ốm dài ngày"];

/** `[value, weight]` pairs to a picker from a number in [0, 1). */
function weighted<T>(pairs: readonly (readonly [T, number])[]): (u: number) => T {
  const total = pairs.reduce((n, [, w]) => n + w, 0);
  return (u) => {
    let at = u * total;
    for (const [value, w] of pairs) if ((at -= w) < 0) return value;
    return pairs.at(-1)![0];
  };
}
const staffTypeOf = weighted<StaffType>([
  ["CC", 45],
  ["VC", 35],
  ["CB", 10],
  ["NLD", 10],
]);
const levelOf = weighted<Level>([
  ["HTXSNV", 10],
  ["HTTNV", 62],
  ["HTNV", 20],
  ["KHTNV", 3],
  ["KXL", 5],
]);

/** The people a unit sends for a version: the same for the same unit and version in every run. */
function peopleOf(unitIndex: number, version: number, count = PEOPLE): SubmittedPerson[] {
  let seed = (unitIndex * 7919 + version * 104_729 + 12_345) % 2147483648;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const level = levelOf(next());
    const isLeader = next() < 0.1;
    const p: SubmittedPerson = {
      fullName: `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)} ${i + 1}`,
      unit: pick(OFFICES),
      position: isLeader ? pick(["Trưởng phòng", "Phó Trưởng phòng"]) : "Chuyên viên",
      staffType: staffTypeOf(next()),
      isLeader,
      level,
      score: level === "KXL" ? undefined : 50 + Math.floor(next() * 50),
    };
    if (level === "KXL") p.reason = pick(NOT_RATED);
    if (level === "KHTNV") p.reason = "Vi phạm kỷ luật";
    if (next() < 0.4) {
      p.isPartyMember = true;
      p.partyCell = `Chi bộ ${1 + Math.floor(next() * 3)}`;
      p.partyLevel = level;
      if (level === "HTXSNV") {
        p.fullMembers = 10 + Math.floor(next() * 10);
        p.votesFor = p.fullMembers - Math.floor(next() * 2);
      }
    }
    return p;
  });
}

// ---------------------------------------------------------------------------------------------
// Figures.

const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en", { minimumFractionDigits: digits, maximumFractionDigits: digits });

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function report(title: string, samples: readonly Sample[], wallMs: number): void {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const people = samples.reduce((n, s) => n + s.people, 0);
  const statuses = new Map<number, number>();
  for (const s of samples) statuses.set(s.status, (statuses.get(s.status) ?? 0) + 1);
  const perSecond = (n: number) => fmt((n / wallMs) * 1000, 1);
  console.log(`${title}`);
  console.log(
    `  ${samples.length} requests (${[...statuses].map(([s, n]) => `${n} × ${s}`).join(", ")}) in ${fmt(wallMs / 1000, 2)} s`,
  );
  console.log(`  throughput: ${perSecond(samples.length)} requests/s, ${perSecond(people)} people/s`);
  console.log(
    `  latency: p50 ${fmt(percentile(ms, 50))} ms, p90 ${fmt(percentile(ms, 90))} ms, p99 ${fmt(percentile(ms, 99))} ms, max ${fmt(ms.at(-1) ?? NaN)} ms`,
  );
}

type Totals = { people: number; byLevel: Record<string, number>; byStaffType: Record<string, number> };

function emptyTotals(): Totals {
  return {
    people: 0,
    byLevel: Object.fromEntries(LEVELS.map((l) => [l, 0])),
    byStaffType: Object.fromEntries(STAFF_KEYS.map((t) => [t, 0])),
  };
}

function addPeople(t: Totals, people: readonly SubmittedPerson[]): void {
  for (const p of people) {
    t.people++;
    t.byLevel[p.level]!++;
    t.byStaffType[p.staffType]!++;
  }
}

/** The differences between what the server says and what was sent, as `field: got …, expected …`. */
function differences(got: Totals | undefined, expected: Totals): string[] {
  if (!got) return ["no totals"];
  const out: string[] = [];
  const compare = (name: string, a: number | undefined, b: number) => {
    if (a !== b) out.push(`${name}: got ${a}, expected ${b} (${a === undefined ? "?" : fmt(a - b)})`);
  };
  compare("people", got.people, expected.people);
  for (const l of LEVELS) compare(`byLevel.${l}`, got.byLevel?.[l], expected.byLevel[l]!);
  for (const t of STAFF_KEYS) compare(`byStaffType.${t}`, got.byStaffType?.[t], expected.byStaffType[t]!);
  return out;
}

// ---------------------------------------------------------------------------------------------
// The run.

interface UnitState {
  index: number;
  id: string;
  district: string;
  token: string;
  /**
   * The people of each version: the version an answer gave, or, for a request that had no clear
   * answer (5xx, none), the version it would have written.
   */
  sent: Map<number, SubmittedPerson[]>;
  /** The latest request that wrote a version, to replay it. */
  last?: { body: string; headers: Record<string, string>; status: number; version: number };
  /** The version the unit is at, as far as the answers say. */
  version: number;
}

/** Answers other than the one expected: `kind status error` → count; and the units concerned. */
const unexpected = new Map<string, number>();
const doubtful = new Set<string>();
const samples: Sample[] = [];

/** One PUT of `people`, which would be version `next` if the server wrote it. */
async function put(
  unit: UnitState,
  round: string,
  kind: string,
  people: SubmittedPerson[],
  next: number,
  headers: Record<string, string>,
  expected: { status: number; version?: number },
): Promise<Answer> {
  const body = JSON.stringify({ people });
  const answer = await call("PUT", `/periods/${YEAR}/units/${unit.id}/submission`, {
    token: unit.token,
    body,
    headers,
  });
  samples.push({ round, kind, status: answer.status, ms: answer.ms, people: people.length });
  const version = answer.body.version;
  if ((answer.status === 200 || answer.status === 201) && typeof version === "number") {
    unit.sent.set(version, people);
    if (version >= unit.version) {
      unit.version = version;
      unit.last = { body, headers, status: answer.status, version };
    }
  } else if (answer.status === 0 || answer.status >= 500) {
    if (!unit.sent.has(next)) unit.sent.set(next, people);
  }
  if (answer.status !== expected.status || (expected.version !== undefined && version !== expected.version)) {
    const what = `${kind} (expected ${expected.status}): ${answer.status} ${JSON.stringify(answer.body.error ?? "")}`;
    unexpected.set(what, (unexpected.get(what) ?? 0) + 1);
    doubtful.add(unit.id);
  }
  return answer;
}

/** Sends version `version` of a unit's people: a create (no If-Match) or a replace (If-Match). */
async function submit(unit: UnitState, round: string, version: number): Promise<void> {
  const headers: Record<string, string> = { "idempotency-key": `bench-${unit.id}-v${version}` };
  if (version > 1) headers["if-match"] = `"${version - 1}"`;
  await put(
    unit,
    round,
    version === 1 ? "create" : "replace",
    peopleOf(unit.index, version),
    version,
    headers,
    {
      status: version === 1 ? 201 : 200,
      version,
    },
  );
}

async function main(): Promise<number> {
  const key = randomBytes(32);
  const token = (role: Role, unitId: string) =>
    signDevToken(key, { subject: `bench-${role}-${unitId}`, role, unitId });
  const started = performance.now();
  base = await startHost(key);
  console.log(
    `api bench: 1 root, ${DISTRICTS} districts, ${DISTRICTS * UNITS_PER_DISTRICT} units × ${PEOPLE} people; ` +
      `${CLIENTS} concurrent clients on 127.0.0.1; host and Azurite (in memory) in a child process ` +
      `(ready in ${fmt((performance.now() - started) / 1000, 1)} s)`,
  );
  const admin = await token("admin", ROOT);

  const districts = Array.from({ length: DISTRICTS }, (_, d) => `huyen-${String(d + 1).padStart(2, "0")}`);
  const units: UnitState[] = [];
  for (const [d, district] of districts.entries())
    for (let u = 0; u < UNITS_PER_DISTRICT; u++) {
      const id = `xa-${String(d + 1).padStart(2, "0")}-${String(u + 1).padStart(2, "0")}`;
      units.push({
        index: units.length,
        id,
        district,
        token: await token("clerk", id),
        sent: new Map(),
        version: 0,
      });
    }
  // A separate small tree to warm the host up, outside the root's totals.
  const warmUnits = Array.from({ length: CLIENTS }, (_, i) => `warm-${i + 1}`);
  const tree = await call("PUT", "/orgs/units", {
    token: admin,
    body: JSON.stringify({
      units: [
        { id: ROOT, name: "UBND tỉnh (bench)", parentId: null },
        ...districts.map((id, d) => ({ id, name: `UBND huyện ${d + 1}`, parentId: ROOT })),
        ...units.map((u) => ({ id: u.id, name: `UBND xã ${u.id}`, parentId: u.district })),
        { id: "warm", name: "Warm-up", parentId: null },
        ...warmUnits.map((id) => ({ id, name: id, parentId: "warm" })),
      ],
    }),
  });
  if (tree.status !== 200) throw new Error(`PUT /orgs/units: ${tree.status} ${JSON.stringify(tree.body)}`);

  const warmStart = performance.now();
  await pool(warmUnits, CLIENTS, async (id) => {
    const res = await call("PUT", `/periods/${YEAR}/units/${id}/submission`, {
      token: await token("clerk", id),
      body: JSON.stringify({ people: peopleOf(100_000 + warmUnits.indexOf(id), 1) }),
    });
    if (res.status !== 201) {
      const what = `warm-up (expected 201): ${res.status} ${JSON.stringify(res.body.error ?? "")}`;
      unexpected.set(what, (unexpected.get(what) ?? 0) + 1);
    }
  });
  console.log(
    `warm-up: ${warmUnits.length} submissions on a separate tree in ${fmt((performance.now() - warmStart) / 1000, 2)} s (not counted)`,
  );

  // Round 1: every unit submits once.
  const r1Start = performance.now();
  await pool(units, CLIENTS, (unit) => submit(unit, "1", 1));
  const r1Ms = performance.now() - r1Start;

  // Round 2: a tenth of the units replace (If-Match); five of them then replay that replace, five
  // others send a stale If-Match (412); five units that did not replace replay their create.
  const replacing = units.filter((u) => u.index % 10 === 3);
  const replayCreate = units.filter((u) => u.index % 10 === 7).slice(0, 5);
  type Job = { unit: UnitState; replace: boolean; replay: boolean; stale: boolean };
  const jobs: Job[] = [
    ...replacing.map((unit, i) => ({ unit, replace: true, replay: i < 5, stale: i >= 5 && i < 10 })),
    ...replayCreate.map((unit) => ({ unit, replace: false, replay: true, stale: false })),
  ];
  const r2Start = performance.now();
  await pool(jobs, CLIENTS, async ({ unit, replace, replay, stale }) => {
    if (replace) await submit(unit, "2", unit.version + 1);
    if (replay && unit.last) {
      const { body, headers, status, version } = unit.last;
      const people = (JSON.parse(body) as { people: SubmittedPerson[] }).people;
      await put(unit, "2", "replay", people, version, headers, { status, version });
    }
    // Stale only once the replace is in.
    if (stale && unit.version >= 2) {
      const people = peopleOf(unit.index, 99);
      await put(unit, "2", "stale", people, unit.version + 1, { "if-match": '"1"' }, { status: 412 });
    }
  });
  const r2Ms = performance.now() - r2Start;

  console.log();
  report(
    "round 1: every unit submits (201)",
    samples.filter((s) => s.round === "1"),
    r1Ms,
  );
  const round2 = samples.filter((s) => s.round === "2");
  const kinds = (k: string) => round2.filter((s) => s.kind === k).length;
  report(
    `round 2: ${kinds("replace")} replaces with If-Match (200), ${kinds("replay")} Idempotency-Key replays, ${kinds("stale")} stale If-Match (412)`,
    round2,
    r2Ms,
  );
  report("all submissions (rounds 1 and 2)", samples, r1Ms + r2Ms);

  if (unexpected.size > 0) {
    console.log(`unexpected answers:`);
    for (const [what, n] of unexpected) console.log(`  ${n} × ${what}`);
  }

  // The check: where an answer was not the one expected, ask the server which version is the latest.
  const problems: string[] = [];
  const reconciled: string[] = [];
  for (const unit of units.filter((u) => doubtful.has(u.id))) {
    const res = await call("GET", `/periods/${YEAR}/units/${unit.id}/submission`, { token: admin });
    if (res.status === 200 || res.status === 404) {
      unit.version = res.status === 200 ? (res.body.version as number) : 0;
      reconciled.push(`${unit.id} v${unit.version}`);
    } else problems.push(`${unit.id}: its latest version could not be read (${res.status})`);
  }
  const expected = emptyTotals();
  const byDistrict = new Map(districts.map((d) => [d, emptyTotals()]));
  for (const unit of units) {
    if (unit.version === 0) continue;
    const people = unit.sent.get(unit.version);
    if (!people) {
      problems.push(`${unit.id}: the server has version ${unit.version}, which this benchmark did not send`);
      continue;
    }
    addPeople(expected, people);
    addPeople(byDistrict.get(unit.district)!, people);
  }

  await settled(ROOT, admin, 60_000);
  const consolidated = await call("GET", `/periods/${YEAR}/units/${ROOT}/consolidated`, { token: admin });
  console.log();
  console.log(`root consolidated (admin): ${consolidated.status} in ${fmt(consolidated.ms)} ms`);
  const got = consolidated.body.total as Totals | undefined;
  if (consolidated.status !== 200) problems.push(`GET consolidated: ${consolidated.status}`);
  problems.push(...differences(got, expected).map((d) => `root ${d}`));
  const children = (consolidated.body.children ?? []) as { unitId: string; summary?: Totals }[];
  for (const [district, totals] of byDistrict) {
    const child = children.find((c) => c.unitId === district);
    problems.push(...differences(child?.summary, totals).map((d) => `${district} ${d}`));
  }
  // Each district reports every unit under it as submitted.
  let missing = 0;
  for (const district of districts) {
    const res = await call("GET", `/periods/${YEAR}/units/${district}/consolidated`, { token: admin });
    const statuses = ((res.body.children ?? []) as { status: { state: string } }[]).map(
      (c) => c.status.state,
    );
    missing += UNITS_PER_DISTRICT - statuses.filter((s) => s !== "missing").length;
  }
  if (missing > 0) problems.push(`${missing} units reported missing by their district`);
  // Replays and refused requests wrote no version.
  for (const { unit } of jobs.filter((j) => j.replay || j.stale)) {
    const res = await call("GET", `/periods/${YEAR}/units/${unit.id}/submission/history`, { token: admin });
    const versions = ((res.body.versions ?? []) as unknown[]).length;
    if (versions !== unit.version)
      problems.push(`${unit.id}: ${versions} versions in its history, expected ${unit.version}`);
  }

  const levels = (t: Totals | undefined) =>
    LEVELS.map((l) => `${l} ${fmt(t?.byLevel?.[l] ?? NaN)}`).join(", ");
  console.log(`  root total: ${fmt(got?.people ?? NaN)} people (${levels(got)})`);
  console.log(`  sent:       ${fmt(expected.people)} people (${levels(expected)})`);
  if (reconciled.length > 0)
    console.log(
      `  (${reconciled.length} units had an unexpected answer: counted at the version the server has, read back: ${reconciled.join(", ")})`,
    );
  if (problems.length === 0) {
    console.log("root totals match: yes (and each district's; replays and stale If-Match wrote nothing)");
  } else {
    console.log("root totals match: no");
    for (const line of problems.slice(0, 40)) console.log(`  ${line}`);
    if (problems.length > 40) console.log(`  … and ${problems.length - 40} more`);
  }
  const wide = await wideCase(token);
  await stopHost();
  const faults = await faultCase(key, token);
  console.log(`whole run: ${fmt((performance.now() - started) / 1000, 1)} s`);
  return problems.length === 0 && wide && faults ? 0 : 1;
}

// ---------------------------------------------------------------------------------------------
// The wide parent and the storage fault.

type TokenOf = (role: Role, unitId: string) => Promise<string>;

/** Waits until the unit's totals have settled (no roll-up pending below it), at most `boundMs`. */
async function settled(unitId: string, token: string, boundMs: number): Promise<number> {
  const start = performance.now();
  while (performance.now() - start < boundMs) {
    const res = await call("GET", `/periods/${YEAR}/units/${unitId}/consolidated`, { token });
    if (res.status === 200 && res.body.settling === false) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return performance.now() - start;
}

/** The unit's latest version as its history (tables only) says, asked again while storage is away. */
async function latestVersion(unitId: string, token: string): Promise<number> {
  for (let i = 0; ; i++) {
    const res = await call("GET", `/periods/${YEAR}/units/${unitId}/submission/history`, { token });
    if (res.status === 200) return (res.body.versions as unknown[]).length;
    if (i > 300) throw new Error(`history of ${unitId}: ${res.status}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The figures of a case: throughput, latency, 5xx for stored versions, and whether the totals match. */
async function checkCase(
  title: string,
  caseSamples: readonly Sample[],
  wallMs: number,
  storedBut5xx: number,
  root: string,
  expected: Totals,
  token: string,
): Promise<boolean> {
  report(title, caseSamples, wallMs);
  console.log(`  5xx or no answer for a submission that was stored: ${storedBut5xx}`);
  const waited = await settled(root, token, 90_000);
  const res = await call("GET", `/periods/${YEAR}/units/${root}/consolidated`, { token });
  const diffs = differences(res.body.total as Totals | undefined, expected);
  console.log(
    `  totals match: ${diffs.length === 0 ? "yes" : "no"} (${fmt(expected.people)} people; settled ${fmt(waited / 1000, 1)} s after the last answer)`,
  );
  for (const d of diffs.slice(0, 10)) console.log(`    ${d}`);
  return diffs.length === 0;
}

const WIDE = Number(process.env.BENCH_WIDE ?? 2_000);
const WIDE_PEOPLE = Number(process.env.BENCH_WIDE_PEOPLE ?? 20);

/** One parent with WIDE children, each submitting once from CLIENTS concurrent clients. */
async function wideCase(token: TokenOf): Promise<boolean> {
  const admin = await token("admin", "wide");
  const children = Array.from({ length: WIDE }, (_, i) => `truong-${String(i + 1).padStart(5, "0")}`);
  const tree = await call("PUT", "/orgs/units", {
    token: admin,
    body: JSON.stringify({
      units: [
        { id: "wide", name: "Sở Giáo dục (bench)", parentId: null },
        ...children.map((id) => ({ id, name: `Trường ${id}`, parentId: "wide" })),
      ],
    }),
  });
  if (tree.status !== 200) throw new Error(`PUT /orgs/units (wide): ${tree.status}`);
  const caseSamples: Sample[] = [];
  const expected = emptyTotals();
  let storedBut5xx = 0;
  const start = performance.now();
  await pool(children, CLIENTS, async (id) => {
    const index = 200_000 + children.indexOf(id);
    const people = peopleOf(index, 1, WIDE_PEOPLE);
    const answer = await call("PUT", `/periods/${YEAR}/units/${id}/submission`, {
      token: await token("clerk", id),
      body: JSON.stringify({ people }),
    });
    caseSamples.push({
      round: "wide",
      kind: "create",
      status: answer.status,
      ms: answer.ms,
      people: people.length,
    });
    const stored = answer.status === 201 || (await latestVersion(id, admin)) === 1;
    if (stored) addPeople(expected, people);
    if (stored && (answer.status === 0 || answer.status >= 500)) storedBut5xx++;
  });
  console.log();
  return checkCase(
    `wide: one parent, ${fmt(WIDE)} children × ${WIDE_PEOPLE} people, each submits once (201), ${CLIENTS} clients`,
    caseSamples,
    performance.now() - start,
    storedBut5xx,
    "wide",
    expected,
    admin,
  );
}

const FAULT_UNITS = Number(process.env.BENCH_FAULT_UNITS ?? 100);
const FAULT_VERSIONS = 3;
const FAULT_PEOPLE = 50;

/**
 * A host whose Azurite keeps its data on disk; FAULT_UNITS units under 5 districts each send
 * FAULT_VERSIONS versions without Idempotency-Key (If-Match only), from CLIENTS clients; a third of
 * the way through, Azurite is killed (SIGKILL) and restarted on its data a second later. A client
 * whose send fails reads the unit's latest version and goes on from there.
 */
async function faultCase(key: Uint8Array, token: TokenOf): Promise<boolean> {
  const data = mkdtempSync(join(tmpdir(), "xep-loai-bench-"));
  try {
    base = await startHost(key, { BENCH_AZURITE_DATA: data });
    const admin = await token("admin", "su-co");
    const units = Array.from({ length: FAULT_UNITS }, (_, i) => ({
      id: `su-co-xa-${i + 1}`,
      district: `su-co-huyen-${(i % 5) + 1}`,
      index: 300_000 + i,
      known: 0,
    }));
    const tree = await call("PUT", "/orgs/units", {
      token: admin,
      body: JSON.stringify({
        units: [
          { id: "su-co", name: "Tỉnh (bench, sự cố)", parentId: null },
          ...[1, 2, 3, 4, 5].map((d) => ({ id: `su-co-huyen-${d}`, name: `Huyện ${d}`, parentId: "su-co" })),
          ...units.map((u) => ({ id: u.id, name: `Xã ${u.id}`, parentId: u.district })),
        ],
      }),
    });
    if (tree.status !== 200) throw new Error(`PUT /orgs/units (fault): ${tree.status}`);
    // The tables and the tree on disk before any fault, as a storage account holds them: Azurite
    // saves every few seconds, and a SIGKILL before its first save takes the tables themselves.
    await restartStorage("save");
    const caseSamples: Sample[] = [];
    let storedBut5xx = 0;
    let sent = 0;
    let crash: Promise<void> | undefined;
    const jobs = Array.from({ length: FAULT_VERSIONS }, (_, v) =>
      units.map((u) => ({ unit: u, target: v + 1 })),
    ).flat();
    const start = performance.now();
    await pool(jobs, CLIENTS, async ({ unit, target }) => {
      const auth = await token("clerk", unit.id);
      while (unit.known < target) {
        if (++sent === Math.floor(jobs.length / 3)) crash = restartStorage("crash");
        const people = peopleOf(unit.index, unit.known + 1, FAULT_PEOPLE);
        const answer = await call("PUT", `/periods/${YEAR}/units/${unit.id}/submission`, {
          token: auth,
          body: JSON.stringify({ people }),
          headers: unit.known > 0 ? { "if-match": `"${unit.known}"` } : {},
        });
        caseSamples.push({
          round: "fault",
          kind: "put",
          status: answer.status,
          ms: answer.ms,
          people: people.length,
        });
        if (answer.status === 200 || answer.status === 201) {
          unit.known = answer.body.version as number;
          continue;
        }
        const failed = answer.status === 0 || answer.status >= 500;
        if (failed) await new Promise((r) => setTimeout(r, 200));
        const latest = await latestVersion(unit.id, admin);
        if (failed && latest > unit.known) storedBut5xx++;
        unit.known = latest;
      }
    });
    await crash;
    const expected = emptyTotals();
    for (const u of units)
      addPeople(expected, peopleOf(u.index, await latestVersion(u.id, admin), FAULT_PEOPLE));
    console.log();
    return await checkCase(
      `fault: ${FAULT_UNITS} units × ${FAULT_VERSIONS} versions of ${FAULT_PEOPLE} people without Idempotency-Key, ` +
        `storage killed (SIGKILL) a third of the way and restarted on its data`,
      caseSamples,
      performance.now() - start,
      storedBut5xx,
      "su-co",
      expected,
      admin,
    );
  } finally {
    await stopHost();
    rmSync(data, { recursive: true, force: true });
  }
}

const watchdog = setTimeout(() => {
  console.error(`api bench: stopped after ${TIMEOUT_S} s (BENCH_TIMEOUT_S)`);
  killHostNow();
  process.exit(2);
}, TIMEOUT_S * 1000);

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(`api bench: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  clearTimeout(watchdog);
  await stopHost();
  if (hostLog.size > 0) {
    console.log("the host's log:");
    for (const [line, n] of hostLog) console.log(`  ${n} × ${line}`);
  }
}
process.exit(code);
