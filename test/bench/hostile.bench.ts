/**
 * `npm run bench:hostile`: every file of the hostile corpus (test/helpers/hostileWorkbooks.ts) checked
 * by the command line as a user types it (`node dist/cli/main.js check <file>`), each in its own
 * process: the exit code, the first words of the message, the time, the peak memory, and whether the
 * run left anything in its temp folder. Goals (issue 11): under 5 s and 300 MB each, nothing left.
 */
import { execFile } from "node:child_process";
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { HOSTILE_FILES, makeHostileFiles } from "../helpers/hostileWorkbooks.js";

const DIST = resolve(import.meta.dirname, "../..");
const NOBODY = 65_534;

interface Run {
  code: number;
  message: string;
  ms: number;
  peakMB: number;
  leftInTemp: number;
}

function check(file: string, asNobody: boolean): Promise<Run> {
  const temp = mkdtempSync(join(tmpdir(), "xep-loai-hostile-run-"));
  chmodSync(temp, 0o1777);
  const peakFile = join(temp, "..", `${temp.split("/").at(-1)}.peak`);
  const start = performance.now();
  return new Promise((done) => {
    execFile(
      process.execPath,
      ["--import", join(DIST, "test/bench/peakMemory.js"), join(DIST, "cli/main.js"), "check", file],
      {
        encoding: "utf8",
        env: { ...process.env, TMPDIR: temp, PEAK_MEMORY_FILE: peakFile },
        timeout: 60_000,
        ...(asNobody ? { uid: NOBODY, gid: NOBODY } : {}),
      },
      (error, stdout, stderr) => {
        const ms = performance.now() - start;
        let peakKiB = 0;
        try {
          peakKiB = Number(readFileSync(peakFile, "utf8"));
          rmSync(peakFile);
        } catch {
          // The process wrote no figure: it did not exit by itself.
        }
        const leftInTemp = readdirSync(temp).length;
        rmSync(temp, { recursive: true, force: true });
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        const message = (stderr || stdout)
          .split("\n")[0]!
          .replace(/^.*?: /, "")
          .slice(0, 70);
        done({ code, message, ms, peakMB: peakKiB / 1024, leftInTemp });
      },
    );
  });
}

const dir = mkdtempSync(join(tmpdir(), "xep-loai-hostile-"));
chmodSync(dir, 0o755);
try {
  const paths = await makeHostileFiles(dir);
  const asRoot = process.getuid?.() === 0;
  let worst = { ms: 0, peakMB: 0, left: 0 };
  console.log("file | expected | exit | time | peak memory | left in temp | message");
  for (const hostile of HOSTILE_FILES) {
    const run = await check(paths.get(hostile.name)!, asRoot && hostile.expect === "no-permission");
    worst = {
      ms: Math.max(worst.ms, run.ms),
      peakMB: Math.max(worst.peakMB, run.peakMB),
      left: worst.left + run.leftInTemp,
    };
    console.log(
      `${hostile.name} | ${hostile.expect} | ${run.code} | ${(run.ms / 1000).toFixed(2)} s | ${run.peakMB.toFixed(0)} MB | ${run.leftInTemp} | ${run.message}`,
    );
  }
  console.log(
    `worst: ${(worst.ms / 1000).toFixed(2)} s (goal < 5 s), ${worst.peakMB.toFixed(0)} MB (goal < 300 MB); files left in temp folders: ${worst.left}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
