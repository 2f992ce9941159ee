/**
 * The back end for `npm run bench:api`, in its own process so that the benchmark's clients do not
 * share its event loop: Azurite in memory, the services with the development key the benchmark
 * passes in `BENCH_DEV_KEY` (hex), and the local host on 127.0.0.1 at the port given (0: any free
 * port). Prints `{"port": …}` once it serves; stops, with Azurite, on SIGTERM, SIGINT, or when the
 * benchmark closes its standard input (so it does not outlive the benchmark). With
 * `BENCH_AZURITE_DATA` (a folder) Azurite keeps its data there, and the line `crash` on standard
 * input kills it (SIGKILL) and starts it again on the same folder and ports a second later, then
 * prints `{"restarted": true}`: the benchmark's fault case. The line `save` stops it as a service
 * manager would (SIGTERM: it saves everything) and starts it again, then prints the same line.
 */
import type { AddressInfo } from "node:net";
import { createInterface } from "node:readline";
import { startAzurite, type RunningAzurite } from "../../dev/azurite.js";
import { keyVerifier } from "../../functions/auth/identity.js";
import { startLocalHost } from "../../functions/localHost.js";
import { setServices } from "../../functions/services.js";
import { openStore, prepareStore } from "../../functions/storage/store.js";

const port = Number(process.argv[2] ?? 0);
const keyHex = process.env.BENCH_DEV_KEY ?? "";
if (!Number.isInteger(port) || port < 0 || port > 65535 || !/^[0-9a-f]{64}$/.test(keyHex)) {
  process.stderr.write("usage: BENCH_DEV_KEY=<64 hex digits> node apiHost.js [port]\n");
  process.exit(2);
}
const key = Buffer.from(keyHex, "hex");

let azurite: RunningAzurite | undefined;
let stopping = false;
async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await azurite?.stop().catch(() => undefined);
  }
  process.exit(code);
}
process.once("SIGTERM", () => void stop(0));
process.once("SIGINT", () => void stop(0));
process.stdin.on("end", () => void stop(0));
process.stdin.on("error", () => void stop(0));
const location = process.env.BENCH_AZURITE_DATA;
createInterface({ input: process.stdin }).on("line", (line) => {
  const command = line.trim();
  if ((command !== "crash" && command !== "save") || !location || !azurite) return;
  const { blobPort, tablePort, queuePort } = azurite;
  void (async () => {
    if (command === "save") await azurite!.stop();
    else {
      await azurite!.crash();
      await new Promise((r) => setTimeout(r, 1_000));
    }
    azurite = await startAzurite({ location, blobPort, tablePort, queuePort });
    process.stdout.write(`${JSON.stringify({ restarted: true })}\n`);
  })();
});

try {
  azurite = await startAzurite(location ? { location } : {});
  const store = openStore(azurite.connectionString);
  await prepareStore(store);
  setServices({ store, verify: keyVerifier(key), devKey: key, now: () => new Date() });
  const server = await startLocalHost(port);
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
} catch (error) {
  process.stderr.write(`apiHost: ${error instanceof Error ? error.message : String(error)}\n`);
  await stop(1);
}
