import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, openSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer, connect } from "node:net";
import { join } from "node:path";
import { azuriteConnectionString } from "../functions/storage/store.js";

export interface RunningAzurite {
  connectionString: string;
  blobPort: number;
  tablePort: number;
  queuePort: number;
  /** Ends Azurite as a service manager would (SIGTERM: it saves its data first) and waits for it. */
  stop(): Promise<void>;
  /** Ends Azurite at once, synchronously (SIGKILL: what it had not saved yet is lost). */
  kill(): void;
  /** Kills Azurite (SIGKILL), as a power cut would, and waits until it is gone. */
  crash(): Promise<void>;
  /** Freezes Azurite (SIGSTOP): its ports accept connections and never answer, like a hung storage. */
  freeze(): void;
  /** Lets a frozen Azurite go on (SIGCONT). */
  thaw(): void;
}

/** A port the system says is free now, on the loopback address. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.end();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * Starts Azurite (Microsoft's storage emulator, from npm) on loopback: in memory, or keeping its
 * data under `location` (restarted on the same folder and ports, it serves what it had saved).
 * Resolves once its blob, table and queue ports answer.
 */
export async function startAzurite(
  options: { location?: string; blobPort?: number; tablePort?: number; queuePort?: number } = {},
) {
  const blobPort = options.blobPort ?? (await freePort());
  const tablePort = options.tablePort ?? (await freePort());
  const queuePort = options.queuePort ?? (await freePort());
  const script = createRequire(import.meta.url).resolve("azurite/dist/src/azurite.js");
  const args = [
    script,
    "--silent",
    "--skipApiVersionCheck",
    "--disableTelemetry",
    ...["--blobHost", "127.0.0.1", "--blobPort", String(blobPort)],
    ...["--tableHost", "127.0.0.1", "--tablePort", String(tablePort)],
    ...["--queueHost", "127.0.0.1", "--queuePort", String(queuePort)],
    ...(options.location ? ["--location", options.location] : ["--inMemoryPersistence"]),
  ];
  // With a data folder (npm start), Azurite's own messages go to a log beside the data.
  if (options.location) mkdirSync(options.location, { recursive: true });
  const log = options.location ? openSync(join(options.location, "azurite.log"), "a") : "ignore";
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ["ignore", log, log] });
  const deadline = Date.now() + 30_000;
  while (!((await answers(blobPort)) && (await answers(tablePort)) && (await answers(queuePort)))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill();
      throw new Error(`Azurite did not start (exit ${child.exitCode})`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const end = (signal: "SIGTERM" | "SIGKILL") =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGCONT");
      child.kill(signal);
    });
  const running: RunningAzurite = {
    connectionString: azuriteConnectionString(blobPort, tablePort, queuePort),
    blobPort,
    tablePort,
    queuePort,
    kill: () => {
      if (child.exitCode === null) child.kill("SIGKILL");
    },
    freeze: () => {
      if (child.exitCode === null) child.kill("SIGSTOP");
    },
    thaw: () => {
      if (child.exitCode === null) child.kill("SIGCONT");
    },
    stop: () => end("SIGTERM"),
    crash: () => end("SIGKILL"),
  };
  return running;
}
