import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { DEV_ORIGIN } from "../origin.js";

const MANIFEST = fileURLToPath(new URL("../../manifest.xml", import.meta.url));

/**
 * The origin the add-in will be served from, normalised. Office loads add-in pages over https only,
 * and the pages sit at the origin's root, so an http address or one with a path is refused.
 */
export function addinOrigin(origin: string): string {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    throw new Error(`ADDIN_ORIGIN "${origin}" is not a URL; expected e.g. https://addin.example.gov.vn`);
  }
  if (url.protocol !== "https:")
    throw new Error(`ADDIN_ORIGIN "${origin}" must use https: Office refuses http.`);
  if (url.pathname !== "/" || url.search || url.hash || url.username || url.password)
    throw new Error(`ADDIN_ORIGIN "${origin}" must be an origin only (https://host[:port]), without a path.`);
  return url.origin;
}

/** The manifest with every development URL re-pointed at `origin`. */
export function manifestForOrigin(manifest: string, origin: string): string {
  return manifest.replaceAll(DEV_ORIGIN, addinOrigin(origin));
}

/** At build, emits `manifest.xml` beside the pages, pointing at the origin they will be served from. */
export function manifestPlugin(origin: string, manifestPath = MANIFEST): Plugin {
  const target = addinOrigin(origin); // a bad origin fails when the config loads, not after bundling
  return {
    name: "xep-loai:manifest",
    apply: "build",
    async generateBundle() {
      const source = manifestForOrigin(await readFile(manifestPath, "utf8"), target);
      this.emitFile({ type: "asset", fileName: "manifest.xml", source });
    },
  };
}
