// Assembles what azd deploys for the `api` service (azure.yaml runs this as its prepackage hook and
// zips the folder it writes, `dist/azure-package`): package.json, package-lock.json, host.json, the
// compiled JavaScript under dist/ and the production dependencies only. The package is deployed as
// is (`remoteBuild: false`), so everything the Functions host loads must be in it.
//
// Run by hand to see what would be deployed: node infra/hooks/package-api.mjs
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import process from "node:process";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
/** Must match `services.api.dist` in azure.yaml. Under dist/, which git, eslint and prettier ignore. */
const out = path.join(root, "dist", "azure-package");
/** Compiled folders the function app never loads: the local development host and the benchmarks. */
const notDeployed = new Set(["azure-package", "dev", "test"]);

function fail(message) {
  process.stderr.write(`package-api: ${message}\n`);
  process.exit(1);
}

function say(message) {
  process.stdout.write(`package-api: ${message}\n`);
}

/** npm is npm.cmd on Windows, which Node starts only through a shell; the arguments are fixed. */
function npm(args, cwd) {
  const result = spawnSync("npm", args, { cwd, stdio: "inherit", shell: process.platform === "win32" });
  if (result.status !== 0) fail(`npm ${args.join(" ")} failed in ${cwd}`);
}

// 1. Build. azd may fire this hook before its own restore and build steps, so do both here:
//    install the exact lockfile (its `prepare` script builds) when nothing is installed yet, then build.
if (!existsSync(path.join(root, "node_modules", "typescript"))) npm(["ci", "--no-audit", "--no-fund"], root);
npm(["run", "--silent", "build"], root);

// 2. What the Functions host needs at the project root.
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
if (!existsSync(path.join(root, "host.json")))
  fail("host.json is missing at the project root; the Functions host will not start without it.");
if (typeof pkg.main !== "string" || !pkg.main.startsWith("dist/"))
  fail('package.json needs "main" pointing at the compiled entry, e.g. "dist/functions/app.js".');
const entry = path.join(root, ...pkg.main.split("/"));
if (!existsSync(entry))
  fail(`${pkg.main} was not built: is functions/ in the "include" of tsconfig.build.json?`);

// 3. Copy: the three files at the root, then dist/ without what is never loaded in Azure.
rmSync(out, { recursive: true, force: true });
for (const file of ["package.json", "package-lock.json", "host.json"])
  cpSync(path.join(root, file), path.join(out, file));
for (const name of readdirSync(path.join(root, "dist"))) {
  if (notDeployed.has(name) || name.endsWith(".tsbuildinfo")) continue;
  cpSync(path.join(root, "dist", name), path.join(out, "dist", name), { recursive: true });
}

// 4. Production dependencies from the lockfile. --ignore-scripts: the `prepare` script would run
//    tsc, which is a dev dependency (no production dependency needs an install script today).
//    --no-bin-links: no node_modules/.bin symlinks in the zip; nothing runs them in Azure.
npm(["ci", "--omit=dev", "--ignore-scripts", "--no-bin-links", "--no-audit", "--no-fund"], out);

// 5. Smoke test: load the entry from a copy outside the repository, so that a module found only in
//    the repository's own node_modules (a dev dependency) or in a folder left out above fails here
//    rather than in Azure. Without FUNCTIONS_WORKER_RUNTIME nothing is registered with a host.
const probe = mkdtempSync(path.join(tmpdir(), "xep-loai-package-"));
try {
  cpSync(out, probe, { recursive: true });
  const env = { ...process.env };
  delete env.FUNCTIONS_WORKER_RUNTIME;
  const probeEntry = pathToFileURL(path.join(probe, ...pkg.main.split("/"))).href;
  const result = spawnSync(
    process.execPath,
    ["--input-type=module", "-e", `await import(${JSON.stringify(probeEntry)});`],
    { cwd: probe, env, stdio: "inherit" },
  );
  if (result.status !== 0) fail(`${pkg.main} does not load with the production dependencies alone.`);
} finally {
  rmSync(probe, { recursive: true, force: true });
}

say(`ready: ${path.relative(root, out)} (entry ${pkg.main}, Node ${process.versions.node} built it)`);
