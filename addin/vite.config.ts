import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { manifestPlugin } from "./build/manifestPlugin.js";
import { localOfficeJs } from "./build/officeJsPlugin.js";
import { DEV_ORIGIN, DEV_PORT, PAGES } from "./origin.js";

const root = fileURLToPath(new URL(".", import.meta.url));

/**
 * The task pane: pages at the root of `addin/`, built to `dist/taskpane/` (beside `dist/addin/`, which tsc fills with the same modules for Node). In development the back end
 * is reached through this server's `/api` (same origin: no CORS, no mixed content); a build for
 * production takes the back end's address from `VITE_API_BASE` and its own origin from `ADDIN_ORIGIN`.
 */
export default defineConfig({
  root,
  base: "./",
  envPrefix: "VITE_",
  plugins: [react(), localOfficeJs(), manifestPlugin(process.env.ADDIN_ORIGIN ?? DEV_ORIGIN)],
  build: {
    outDir: fileURLToPath(new URL("../dist/taskpane", import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2_000,
    rollupOptions: {
      input: Object.fromEntries(Object.entries(PAGES).map(([name, page]) => [name, `${root}${page}`])),
    },
  },
  server: {
    host: "localhost",
    port: DEV_PORT,
    strictPort: true,
    proxy: { "/api": { target: process.env.API_TARGET ?? "http://127.0.0.1:7071", changeOrigin: true } },
  },
});
