import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/** The repository root, where `node --import tsx cli/main.ts` runs as `npm run cli` does. */
export const ROOT = resolve(import.meta.dirname, "../..");

export interface CliRun {
  /** The process's exit code. */
  code: number;
  stdout: string;
  stderr: string;
}

/** How a run differs from the test's own process: another user (uid, gid), more environment. */
export interface CliRunOptions {
  uid?: number;
  gid?: number;
  env?: Record<string, string>;
}

/** Runs the command line as a user does, in a child process from the repository root. */
export function runCli(args: readonly string[], options: CliRunOptions = {}): Promise<CliRun> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "cli/main.ts", ...args],
      {
        cwd: ROOT,
        encoding: "utf8",
        maxBuffer: 16 * 1024 * 1024,
        env: { ...process.env, NO_COLOR: "1", ...options.env },
        ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid }),
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== "number") fail(error);
        else done({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

/**
 * Runs several command lines at most `parallel` at a time (each costs a Node start and a tsx
 * compile, about a second), results in the order given.
 */
export async function runCliAll(
  runs: readonly (readonly string[])[],
  parallel = 2,
  options: CliRunOptions = {},
): Promise<CliRun[]> {
  const results: CliRun[] = new Array(runs.length);
  let next = 0;
  const worker = async () => {
    while (next < runs.length) {
      const i = next++;
      results[i] = await runCli(runs[i]!, options);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, runs.length) }, worker));
  return results;
}

/** A fresh temporary folder and the function that removes it. */
export function tempDir(prefix = "xep-loai-cli-"): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
