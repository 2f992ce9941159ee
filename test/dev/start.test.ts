/**
 * `npm start` as a new user meets it (issue 9, item 9): the commands it prints work, on the first
 * start and on a second one over the data the first kept (a submission then replaces its version
 * with If-Match); ports already in use give one clear sentence and exit 1, no stack trace.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePorts, startLikeNpmStart, type Ports } from "../helpers/npmStart.js";

let dataDir: string;
let ports: Ports;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "xep-loai-second-start-"));
  ports = await freePorts();
});

afterAll(() => {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** The printed `curl -X PUT …` line of the waiting unit, run as the user pastes it (curl from Debian). */
function runPrintedSubmission(output: string): string {
  const line = output.split("\n").find((l) => l.trim().startsWith("curl -X PUT"));
  if (!line) throw new Error(`no submission command printed:\n${output}`);
  return execFileSync("bash", ["-c", `${line.trim()} -s -o /dev/null -w '%{http_code}'`], {
    encoding: "utf8",
  });
}

describe("npm start, twice over the same data", () => {
  it("prints a submission that works, and after a restart one that replaces it with If-Match", async () => {
    const first = await startLikeNpmStart(ports, dataDir);
    try {
      expect(first.output()).not.toContain("If-Match");
      expect(runPrintedSubmission(first.output())).toBe("201");
      // The same ports again while the first runs: one sentence, exit 1.
      const again = await startLikeNpmStart(ports, dataDir, { expectExit: true });
      expect(again.exitCode).toBe(1);
      expect(again.output()).toContain(`Cổng ${ports.PORT}, ${ports.PANE_PORT}`);
      expect(again.output()).toContain("đang được chương trình khác dùng");
      expect(again.output()).not.toMatch(/\n\s+at /);
    } finally {
      await first.stop();
    }
    const second = await startLikeNpmStart(ports, dataDir);
    try {
      expect(second.output()).toContain("Dữ liệu mẫu đã có từ trước");
      expect(second.output()).toContain(`If-Match: "1"`);
      expect(runPrintedSubmission(second.output())).toBe("200");
    } finally {
      await second.stop();
    }
  }, 240_000);
});
