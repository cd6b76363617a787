// `node e2e/support/port-free.mjs <port> && <start the server>`: exits 1 (skipping the start) when something
// already listens on the port, so a server left running from an earlier run is reused, not wiped and restarted.
import net from "node:net";

const port = Number(process.argv[2]);
const socket = net.connect(port, "127.0.0.1");
socket.once("connect", () => {
  console.error(`port ${port} is in use: the e2e tests use the server already there`);
  socket.destroy();
  process.exit(1);
});
socket.once("error", () => process.exit(0));
