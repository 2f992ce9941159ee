import { createReadStream, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, normalize } from "node:path";
import type { Plugin } from "vite";

/** Where the shipped pages load office.js from: Microsoft's CDN, as AppSource requires. */
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const LOCAL_PREFIX = "/office-js/";

/**
 * In development only, the pages load office.js from the `@microsoft/office-js` package instead of
 * the CDN: works offline and pins the version. office.js loads its host scripts from beside itself,
 * so the whole `dist` folder is served under `/office-js/`. A build keeps the CDN address.
 */
export function localOfficeJs(): Plugin {
  const dist = join(
    dirname(createRequire(import.meta.url).resolve("@microsoft/office-js/package.json")),
    "dist",
  );
  return {
    name: "xep-loai:local-office-js",
    apply: "serve",
    transformIndexHtml: (html) => html.replaceAll(OFFICE_JS_CDN, `${LOCAL_PREFIX}office.js`),
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split("?")[0] ?? "";
        if (!path.startsWith(LOCAL_PREFIX)) return next();
        const file = normalize(join(dist, decodeURIComponent(path.slice(LOCAL_PREFIX.length))));
        if (!file.startsWith(dist) || !existsSync(file)) return next();
        res.setHeader("content-type", "text/javascript; charset=utf-8");
        createReadStream(file).pipe(res);
      });
    },
  };
}
