import { isLoopbackHost } from "@/lib/auth/settings";

// Which `Host` a request may name. A page that answers any Host can be read by another site through DNS
// rebinding (its name pointed at 127.0.0.1 after the page loaded): in demo mode only loopback names pass;
// with sign-in on, only the host people reach Ledger Desk by (AUTH_URL's) and those in ALLOWED_HOSTS.

export type HostRule =
  | { kind: "loopback" }
  /** `exact`: host:port pairs (and AUTH_URL's host as written); `names`: hosts allowed on any port. */
  | { kind: "listed"; exact: ReadonlySet<string>; names: ReadonlySet<string> };

/** `ALLOWED_HOSTS`: host names or host:port pairs, separated by commas or spaces. */
export function parseAllowedHosts(text: string | undefined): string[] {
  const hosts = (text ?? "")
    .split(/[\s,]+/)
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
  for (const host of hosts) {
    if (!/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/.test(host)) {
      throw new Error(`ALLOWED_HOSTS: "${host}" is not a host name or host:port (no scheme, no path)`);
    }
  }
  return hosts;
}

/** The rule for this process: loopback in demo mode, AUTH_URL's host plus ALLOWED_HOSTS with sign-in on. */
export function hostRule(
  auth: { mode: "demo" } | { mode: "sign-in"; baseUrl: string },
  allowedHosts: readonly string[],
): HostRule {
  if (auth.mode === "demo") return { kind: "loopback" };
  const own = new URL(auth.baseUrl);
  const defaultPort = own.protocol === "https:" ? "443" : "80";
  const exact = new Set([own.host, `${own.hostname}:${own.port || defaultPort}`]);
  const names = new Set<string>();
  for (const host of allowedHosts) (hostName(host) === host ? names : exact).add(host);
  return { kind: "listed", exact, names };
}

/** The host name of a `Host` value without its port (`[::1]:3000` → `[::1]`). */
function hostName(host: string): string {
  return /^(\[[^\]]*\]|[^:]*)(?::\d+)?$/.exec(host)?.[1] ?? host;
}

export function isAllowedHost(host: string | null, rule: HostRule): boolean {
  if (!host) return false;
  const value = host.trim().toLowerCase();
  if (rule.kind === "loopback") return isLoopbackHost(hostName(value));
  return rule.exact.has(value) || rule.names.has(hostName(value));
}
