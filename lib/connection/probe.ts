import "server-only";
import { z } from "zod";
import { type BlnkConfig, BlnkError, getBlnkConfig } from "@/lib/blnk";
import { displayUrl } from "@/lib/blnk/config";
import { blnkRequest, type HttpMethod } from "@/lib/blnk/request";

/** One thing Ledger Desk does, and whether this key and server allow it. */
export type Capability = {
  label: string;
  /** null: could not be told (the server failed otherwise). */
  allowed: boolean | null;
  /** The scopes it needs on a scoped key. */
  needs: string[];
  /** When not allowed: the first missing scope Core named, or what went wrong. */
  reason?: string;
};

export type ConnectionReport = {
  url: string;
  reachable: boolean;
  /** Why not, in plain words, when unreachable. */
  reason?: string;
  latencyMs: number | null;
  /** The Core behaviour the server matches, as far as its answers show it. */
  profile: string;
  capabilities: Capability[];
};

type Probe = {
  method: HttpMethod;
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  scope: string;
};
type Outcome = { ok: true } | { ok: false; error: BlnkError };

const RESOURCES = ["ledgers", "balances", "identities", "transactions"] as const;
const answer = z.unknown();
// A well-formed ID nothing has: its not-found answer shows the error shape of the Core version.
const NO_LEDGER = "ldg_00000000-0000-4000-8000-000000000000";

/**
 * What the server answers to each probe. Nothing is written: reads are reads, searches change nothing, and the
 * create probe sends an empty body, which Core refuses (400) after checking the scope (403) — so a 400 means
 * the key may create.
 */
async function attempt(probe: Probe, config: BlnkConfig, acceptStatus?: number): Promise<Outcome> {
  try {
    await blnkRequest(probe.method, probe.path, {
      config,
      query: probe.query,
      body: probe.body,
      schema: answer,
    });
    return { ok: true };
  } catch (error) {
    if (!(error instanceof BlnkError)) throw error;
    if (acceptStatus !== undefined && error.status === acceptStatus) return { ok: true };
    return { ok: false, error };
  }
}

async function capability(label: string, probes: Probe[], config: BlnkConfig, acceptStatus?: number) {
  const outcomes = await Promise.all(probes.map((probe) => attempt(probe, config, acceptStatus)));
  const failed = outcomes.find((outcome): outcome is { ok: false; error: BlnkError } => !outcome.ok);
  const result: Capability = {
    label,
    allowed: failed ? null : true,
    needs: probes.map((probe) => probe.scope),
  };
  if (failed) {
    const missing = outcomes.flatMap((o) => (!o.ok && o.error.missingScope ? [o.error.missingScope] : []));
    const refused = failed.error.kind === "forbidden" || failed.error.kind === "unauthorized";
    result.allowed = refused ? false : null;
    result.reason =
      missing.length > 0 ? `needs ${[...new Set(missing)].join(", ")}` : failed.error.userMessage;
  }
  return result;
}

const LATEST = "Core 0.15.1 or later (structured errors; list rows name their parent transaction)";
const FIFTEEN = "Core 0.15 or later (structured errors, 404 for a missing record)";
const FIFTEEN_ZERO =
  "Core 0.15.0 (structured errors; list rows name no parent transaction: queued pairs and holds are matched by their metadata)";
const BEFORE_FIFTEEN =
  "Core 0.13.2–0.14.x (legacy errors; include=identity fails, so owners are read on their own; list rows name no parent transaction)";

/**
 * Whether list rows carry `parent_transaction` (Core 0.15.1 on; core-compat.md §1.2): one settled or queued
 * child, through the GET list a read scope allows. Null when there is no such row, or the list failed.
 */
async function listRowsNameParents(config: BlnkConfig): Promise<boolean | null> {
  try {
    const rows = await blnkRequest("GET", "/transactions", {
      config,
      query: { limit: "1", parent_transaction_like: "txn_%" },
      schema: z.array(z.object({ parent_transaction: z.string().optional() }).passthrough()).nullable(),
    });
    const row = rows?.[0];
    return row ? Boolean(row.parent_transaction) : null;
  } catch (error) {
    if (error instanceof BlnkError) return null;
    throw error;
  }
}

/** Which Core release the answers match: a missing record's error shape, then how list rows look. */
async function detectProfile(config: BlnkConfig): Promise<string> {
  const missing = await attempt(
    { method: "GET", path: `/ledgers/${NO_LEDGER}`, scope: "ledgers:read" },
    config,
  );
  if (missing.ok) return "Unknown: a ledger that should not exist was found";
  const { error } = missing;
  if (error.status === 400 && error.kind === "not_found") return BEFORE_FIFTEEN;
  if (error.isMissingEndpoint) return "Not Blnk Core, or older than 0.13.2";
  if (error.status !== 404 || !error.hasEnvelope) return `Unknown (${error.userMessage})`;
  const namesParents = await listRowsNameParents(config);
  if (namesParents === null) return FIFTEEN;
  return namesParents ? LATEST : FIFTEEN_ZERO;
}

/** Reachability, latency, Core profile and what the configured key may do, without writing anything. */
export async function probeConnection(config: BlnkConfig = getBlnkConfig()): Promise<ConnectionReport> {
  const url = displayUrl(config.baseUrl);
  const started = performance.now();
  const health = await attempt({ method: "GET", path: "/health", scope: "" }, config);
  const latencyMs = Math.round(performance.now() - started);
  if (!health.ok && (health.error.kind === "unreachable" || health.error.kind === "timeout")) {
    return {
      url,
      reachable: false,
      reason: health.error.userMessage,
      latencyMs: null,
      profile: "Unknown",
      capabilities: [],
    };
  }
  const read = (resource: (typeof RESOURCES)[number]): Probe => ({
    method: "GET",
    path: `/${resource}`,
    query: { limit: "1", created_at_isnotnull: "true" },
    scope: `${resource}:read`,
  });
  const search = (resource: (typeof RESOURCES)[number]): Probe => ({
    method: "POST",
    path: `/${resource}/filter`,
    body: { filters: [], limit: 1 },
    scope: `${resource}:write`,
  });
  const [profile, reading, searching, creating] = await Promise.all([
    detectProfile(config),
    capability("Reading", RESOURCES.map(read), config),
    capability("Searching with totals and any order", RESOURCES.map(search), config),
    capability(
      "Creating balances",
      [{ method: "POST", path: "/balances", body: {}, scope: "balances:write" }],
      config,
      400,
    ),
  ]);
  return { url, reachable: true, latencyMs, profile, capabilities: [reading, searching, creating] };
}

/** "Reading: yes." / "Creating balances: no, needs balances:write." */
export function describeCapability(capability: Capability): string {
  if (capability.allowed === true) return `${capability.label}: yes.`;
  if (capability.allowed === false) return `${capability.label}: no, ${capability.reason ?? "refused"}.`;
  return `${capability.label}: could not be told (${capability.reason ?? "unknown"}).`;
}
