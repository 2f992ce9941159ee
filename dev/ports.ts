import { createServer } from "node:net";

function inUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(true));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(false)));
  });
}

/** The ports among `ports` that another program already listens on, so a start can say so in one sentence. */
export async function busyPorts(ports: readonly number[]): Promise<number[]> {
  const used = await Promise.all(ports.map(inUse));
  return ports.filter((_, i) => used[i]);
}
