import type { IncomingMessage } from "node:http";
import http from "node:http";
import { BlockList, isIP } from "node:net";

// Who is on the other end of a request. Next keeps an `X-Forwarded-For` the client sent as it is and only
// fills in the socket's address when there is none, so anyone could name any address, and the sign-in rate
// limit (which counts per address) could be dodged by changing it, or turned against someone else's. Before
// Next sees a request, this replaces the header with one address: the socket's, or, when the socket is a
// proxy the operator trusts (TRUSTED_PROXIES), the nearest address in the chain that is not a trusted proxy.

/** `TRUSTED_PROXIES`: IP addresses and CIDR ranges, separated by commas or spaces. Default: none. */
export function parseTrustedProxies(text: string | undefined): BlockList {
  const list = new BlockList();
  for (const entry of (text ?? "").split(/[\s,]+/).filter(Boolean)) {
    const [address = "", prefix] = entry.split("/");
    const plain = unmapped(address);
    const family = isIP(plain);
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
    if (
      !family ||
      !Number.isInteger(bits) ||
      bits < 0 ||
      bits > (family === 6 ? 128 : 32) ||
      !/^\d*$/.test(prefix ?? "")
    ) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (such as 10.0.0.0/8)`);
    }
    list.addSubnet(plain, bits, family === 6 ? "ipv6" : "ipv4");
  }
  return list;
}

/** `::ffff:10.0.0.1` (an IPv4 peer on a dual-stack socket) → `10.0.0.1`. */
function unmapped(address: string): string {
  const match = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return match?.[1] ?? address;
}

function isTrusted(address: string, trusted: BlockList): boolean {
  const family = isIP(address);
  return family !== 0 && trusted.check(address, family === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address: `peer` unless `peer` is a trusted proxy, then the right-most entry of the forwarded
 * chain that is not one (a client can write anything on the left of the chain, nothing on the right of it).
 */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | undefined,
  trusted: BlockList,
): string {
  const socket = unmapped(peer ?? "");
  if (!isTrusted(socket, trusted)) return socket || "unknown";
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((entry) => unmapped(entry.trim()))
    .filter(Boolean);
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = chain[i] ?? "";
    if (!isIP(hop)) return socket; // a malformed entry: what lies left of it cannot be trusted
    if (!isTrusted(hop, trusted)) return hop;
  }
  return chain[0] ?? socket;
}

const INSTALLED = Symbol.for("ledger-desk.client-address");

/**
 * Rewrites `X-Forwarded-For` on every request this process's HTTP servers receive, before any listener (Next's
 * request handler) runs. Installed once from instrumentation.ts; a prototype hook because `next start` makes
 * its server before any app code runs.
 */
export function installClientAddress(env: NodeJS.ProcessEnv = process.env) {
  const global = globalThis as { [INSTALLED]?: boolean };
  if (global[INSTALLED]) return;
  global[INSTALLED] = true;
  const trusted = parseTrustedProxies(env.TRUSTED_PROXIES);
  const emit = http.Server.prototype.emit as (
    this: http.Server,
    event: string | symbol,
    ...args: unknown[]
  ) => boolean;
  http.Server.prototype.emit = function patchedEmit(
    this: http.Server,
    event: string | symbol,
    ...args: unknown[]
  ) {
    if (event === "request") {
      const request = args[0] as IncomingMessage;
      const forwarded = request.headers["x-forwarded-for"];
      request.headers["x-forwarded-for"] = clientAddress(
        request.socket?.remoteAddress,
        Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
        trusted,
      );
    }
    return emit.call(this, event, ...args);
  } as typeof http.Server.prototype.emit;
}
