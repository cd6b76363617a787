import net from "node:net";
import { E2E } from "./env";

/**
 * A TCP proxy to the embedded ledger on the port the "recovering" dashboard uses as its Blnk: the test
 * switches Blnk off and on by closing and starting it.
 */
export function startLedgerProxy(): Promise<{ close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(E2E.ledgerPort, "127.0.0.1");
    sockets.add(client).add(upstream);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("error", close);
    upstream.on("error", close);
    client.pipe(upstream).pipe(client);
  });
  let closed = false;
  const close = () =>
    new Promise<void>((resolve) => {
      if (closed) return resolve();
      closed = true;
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return new Promise((resolve) => server.listen(E2E.proxyPort, "127.0.0.1", () => resolve({ close })));
}
