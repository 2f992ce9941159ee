/**
 * Loaded with `node --import` into a process the hostile benchmark measures: at exit it writes the
 * process's peak resident memory (KiB) to the file `PEAK_MEMORY_FILE` names.
 */
import { writeFileSync } from "node:fs";
import { peakRssBytes } from "./peakRss.js";

const out = process.env.PEAK_MEMORY_FILE;
if (out) process.on("exit", () => writeFileSync(out, String(Math.round(peakRssBytes() / 1024))));
