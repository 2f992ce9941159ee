/**
 * The workbook host as one classic script (IIFE) for the browser tests to serve in place of
 * office.js, bundled from source with Vite's `build()` API in memory. Node-only.
 */
import { join } from "node:path";
import { build } from "vite";

export async function buildHostScript(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: "warn",
    root: import.meta.dirname,
    build: {
      lib: {
        entry: join(import.meta.dirname, "officeGlobal.ts"),
        formats: ["iife"],
        name: "XlHost",
        fileName: () => "office-host.js",
      },
      write: false,
      minify: false,
      sourcemap: false,
      emptyOutDir: false,
      copyPublicDir: false,
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const out of outputs)
    if ("output" in out)
      for (const chunk of out.output) if (chunk.type === "chunk" && chunk.isEntry) return chunk.code;
  throw new Error("Vite gave no script for the workbook host.");
}
