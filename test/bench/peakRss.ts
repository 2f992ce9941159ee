import { readFileSync } from "node:fs";

/**
 * This process's peak resident memory, in bytes. On Linux from `VmHWM` in /proc/self/status, the
 * peak of this program alone: `getrusage`'s maxrss (`process.resourceUsage().maxRSS`) survives
 * `execve`, so a command started by a large benchmark process would report at least its parent's size.
 */
export function peakRssBytes(): number {
  try {
    const kib = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync("/proc/self/status", "utf8"))?.[1];
    if (kib !== undefined) return Number(kib) * 1024;
  } catch {
    // No /proc: another system.
  }
  return process.resourceUsage().maxRSS * 1024;
}
