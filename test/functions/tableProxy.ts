/**
 * A proxy in front of Azurite's table endpoint that can refuse every write to one table with 503
 * Server Busy, as an overloaded storage does, while reads and the other tables' writes pass: a real
 * storage fault for the roll-up's writers only, with the SDK untouched.
 */
import { createServer, request } from "node:http";
import { freePort } from "../../dev/azurite.js";

export interface TableProxy {
  port: number;
  /** Refuses the writes to `table` from now on; null lets every write pass again. */
  refuseWrites(table: string | null): void;
  /** How many writes it refused. */
  refused(): number;
  stop(): Promise<void>;
}

const SERVER_BUSY = JSON.stringify({
  "odata.error": { code: "ServerBusy", message: { lang: "en-US", value: "The server is busy." } },
});

export async function startTableProxy(tablePort: number): Promise<TableProxy> {
  let refusedTable: string | null = null;
  let refused = 0;
  // A single write names its table in its path; a transaction, in each of its parts.
  const namesTable = (text: string) =>
    refusedTable !== null && new RegExp(`/${refusedTable}([(\\s?]|$)`, "m").test(text);
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    if (req.method !== "GET" && (namesTable(req.url ?? "") || namesTable(body.toString("utf8")))) {
      refused++;
      res.writeHead(503, { "content-type": "application/json", "x-ms-error-code": "ServerBusy" });
      res.end(SERVER_BUSY);
      return;
    }
    const forward = request(
      { host: "127.0.0.1", port: tablePort, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.once("error", () => res.destroy());
    forward.end(body);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    port,
    refuseWrites: (table) => {
      refusedTable = table;
    },
    refused: () => refused,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
