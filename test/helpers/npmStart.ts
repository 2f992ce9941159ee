/**
 * `npm start`'s own program (dist/dev/start.js, as `npm start` runs it after building) in a child
 * process, on free ports and a data folder of the test's, so a developer's own `npm start` may run
 * beside the tests.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "../../dev/azurite.js";

const READY = "Dừng: Ctrl+C.";

export interface Ports {
  PORT: string;
  PANE_PORT: string;
  AZURITE_BLOB_PORT: string;
  AZURITE_TABLE_PORT: string;
  AZURITE_QUEUE_PORT: string;
}

export async function freePorts(): Promise<Ports> {
  const [a, b, c, d, e] = await Promise.all([1, 2, 3, 4, 5].map(() => freePort()));
  return {
    PORT: String(a),
    PANE_PORT: String(b),
    AZURITE_BLOB_PORT: String(c),
    AZURITE_TABLE_PORT: String(d),
    AZURITE_QUEUE_PORT: String(e),
  };
}

export interface Started {
  child: ChildProcess;
  /** Everything it printed, stdout and stderr, so far. */
  output(): string;
  /** Ends it as Ctrl+C would, and waits for it to exit. */
  stop(): Promise<void>;
}

/**
 * Starts the program and resolves once it prints that it is ready; rejects with what it printed
 * when it ends first (`exited` resolves instead when `expectExit` is set).
 */
export async function startLikeNpmStart(
  ports: Ports,
  dataDir: string,
  options: { expectExit?: boolean } = {},
): Promise<Started & { exitCode?: number | null }> {
  let output = "";
  const child = spawn(process.execPath, ["dist/dev/start.js"], {
    env: { ...process.env, ...ports, AZURITE_DATA: dataDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const started: Started = {
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return;
      const ended = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await ended;
    },
  };
  const exitCode = await new Promise<number | null | undefined>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start gave no ready line:\n${output}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(READY)) {
        clearTimeout(timer);
        resolve(undefined);
      }
    };
    child.stdout!.on("data", read);
    child.stderr!.on("data", read);
    child.once("exit", (code) => {
      clearTimeout(timer);
      if (options.expectExit) resolve(code);
      else reject(new Error(`npm start ended (${code}):\n${output}`));
    });
  });
  return { ...started, exitCode };
}
