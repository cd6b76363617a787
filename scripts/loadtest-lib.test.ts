import { describe, expect, it } from "vitest";
import {
  type AutocannonResult,
  actionHeaders,
  actionProblem,
  buildSummary,
  encodeActionArgs,
  findActionId,
  formatSummary,
  pageProblem,
  parseLoadtestArgs,
  percentile,
  routeSummary,
} from "./loadtest-lib.mjs";

const workers = { "app/(dashboard)/balances/(list)/page": { moduleId: 1914, async: false } };
const manifest = {
  node: {
    "60ac0a247b": { workers, filename: "lib/balances/actions.ts", exportedName: "fetchBalancesPage" },
    "40c3c5a413": { workers, filename: "lib/balances/actions.ts", exportedName: "fetchBalanceSummary" },
    "4003a847c2": { workers, filename: "lib/create-balance/actions.ts", exportedName: "fetchBalancesPage" },
  },
  edge: {},
};
const action = { file: "lib/balances/actions.ts", exportedName: "fetchBalancesPage" };

describe("parseLoadtestArgs", () => {
  it("defaults to 50 connections for 30 seconds", () => {
    expect(parseLoadtestArgs([])).toEqual({ durationS: 30, connections: 50 });
  });

  it("reads --duration and --connections", () => {
    expect(parseLoadtestArgs(["--duration", "5", "--connections=10"])).toEqual({
      durationS: 5,
      connections: 10,
    });
  });

  it("refuses anything but positive integers and unknown flags", () => {
    expect(() => parseLoadtestArgs(["--duration", "0"])).toThrow(/--duration must be a positive integer/);
    expect(() => parseLoadtestArgs(["--connections", "2.5"])).toThrow(/--connections/);
    expect(() => parseLoadtestArgs(["--rate", "5"])).toThrow();
  });
});

describe("findActionId", () => {
  it("finds the action by module and exported name", () => {
    expect(findActionId(manifest, action)).toBe("60ac0a247b");
  });

  it("accepts module paths written as ./… or absolute", () => {
    const entry = { filename: "/work/app/lib/balances/actions.ts", exportedName: "fetchBalancesPage" };
    expect(findActionId({ node: { abc: entry } }, { ...action, file: "./lib/balances/actions.ts" })).toBe(
      "abc",
    );
  });

  it("throws when the action is missing or ambiguous", () => {
    expect(() => findActionId({ node: {} }, action)).toThrow(/No server action "fetchBalancesPage"/);
    expect(() => findActionId({}, action)).toThrow(/No server action/);
    const twice = {
      node: {
        a: { filename: "lib/balances/actions.ts", exportedName: "fetchBalancesPage" },
        b: { filename: "lib/balances/actions.ts", exportedName: "fetchBalancesPage" },
      },
    };
    expect(() => findActionId(twice, action)).toThrow(/Several server actions/);
  });
});

describe("the Refresh action request", () => {
  it("encodes the arguments as the browser does", () => {
    expect(encodeActionArgs([{ page: 1 }, undefined])).toBe('[{"page":1},"$undefined"]');
    expect(encodeActionArgs([{ page: 2, ledgerId: "ldg_1", identityId: undefined }, 50])).toBe(
      '[{"page":2,"ledgerId":"ldg_1"},50]',
    );
  });

  it("sends the headers of a server action call", () => {
    expect(actionHeaders("60ac", "http://127.0.0.1:3301")).toEqual({
      "next-action": "60ac",
      accept: "text/x-component",
      "content-type": "text/plain;charset=UTF-8",
      origin: "http://127.0.0.1:3301",
    });
  });
});

describe("pageProblem", () => {
  const page = '<main><table class="w-full" aria-label="Balances" aria-busy="false"><tr></tr></table></main>';

  it("accepts the Balances page with its table", () => {
    expect(pageProblem(200, page)).toBeNull();
  });

  it("refuses other statuses and pages without the table (e.g. the Blnk error state)", () => {
    expect(pageProblem(500, page)).toBe("HTTP 500");
    expect(pageProblem(307, "")).toBe("HTTP 307");
    expect(pageProblem(200, "<h2>Blnk is not reachable</h2>")).toBe("no Balances table in the page");
    expect(pageProblem(200, '<table aria-label="Identities">')).toBe("no Balances table in the page");
  });
});

describe("actionProblem", () => {
  const head = '0:{"a":"$@1","q":"","i":false,"b":"OuiO2XkibVXfqvxTeA8oq"}\n';
  const ok = `${head}1:{"ok":true,"data":{"rows":[{"id":"bln_1","currency":"EUR"}],"totalCount":52,"page":1}}\n`;

  it("accepts a reply carrying balance rows", () => {
    expect(actionProblem(200, ok)).toBeNull();
    expect(actionProblem(200, `${head}1:{"ok":true,"data":{"rows":[],"totalCount":0}}\n`)).toBeNull();
  });

  it("counts an error result, a thrown error, a non-2xx status or an empty reply", () => {
    const failed = `${head}1:{"ok":false,"error":{"status":503,"code":"BLNK_UNREACHABLE","kind":"network"}}\n`;
    expect(actionProblem(200, failed)).toMatch(/^error result: \{"status":503,"code":"BLNK_UNREACHABLE"/);
    expect(actionProblem(200, `${head}1:E{"digest":"123"}\n`)).toBe("the action threw");
    expect(actionProblem(500, ok)).toBe("HTTP 500");
    expect(actionProblem(404, "")).toBe("HTTP 404");
    expect(actionProblem(200, head)).toBe("no balance data in the reply");
  });

  it("is not fooled by data that merely contains the error marker", () => {
    const tricky = `${head}1:{"ok":true,"data":{"rows":[{"id":"bln_1","meta":"{\\"ok\\":false}"}]}}\n`;
    expect(actionProblem(200, tricky)).toBeNull();
  });
});

describe("percentile and routeSummary", () => {
  it("uses the nearest rank", () => {
    const values = [5, 1, 4, 2, 3, 6, 7, 8, 9, 10];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 90)).toBe(9);
    expect(percentile(values, 99)).toBe(10);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([], 50)).toBe(0);
  });

  it("summarises one route's latencies", () => {
    expect(routeSummary({ latenciesMs: [10.04, 20, 30.26], non2xx: 1, badReplies: 0 })).toEqual({
      responses: 3,
      non2xx: 1,
      badReplies: 0,
      firstProblem: null,
      latencyMs: { mean: 20.1, p50: 20, p90: 30.3, p99: 30.3, max: 30.3 },
    });
  });
});

describe("buildSummary", () => {
  const result: AutocannonResult = {
    connections: 50,
    duration: 30.02,
    requests: { total: 1200, average: 40, stddev: 3.21 },
    throughput: { total: 60_000_000, average: 2_000_000.4 },
    latency: { average: 1200.44, p50: 1100, p90: 1800, p99: 2500, max: 3000 },
    statusCodeStats: { "200": { count: 1200 } },
    non2xx: 0,
    errors: 0,
    timeouts: 0,
  };
  const routes = {
    "GET /balances": { latenciesMs: [1500, 1600], non2xx: 0, badReplies: 0 },
    "Refresh action": { latenciesMs: [700, 800], non2xx: 0, badReplies: 0 },
  };

  it("reports a clean run with no problems", () => {
    const summary = buildSummary({ result, routes, meta: { cpus: 2 } });
    expect(summary).toMatchObject({
      cpus: 2,
      connections: 50,
      durationS: 30.02,
      requests: { total: 1200, perSecondMean: 40, perSecondStddev: 3.2 },
      throughput: { bytesPerSecondMean: 2_000_000 },
      latencyMs: { mean: 1200.4, p50: 1100, p90: 1800, p99: 2500, max: 3000 },
      statusCodes: { "200": 1200 },
      problems: [],
    });
    expect(summary.routes["Refresh action"]?.latencyMs.p50).toBe(700);
    expect(formatSummary(summary)).toMatch(/OK: no errors$/);
  });

  it("fails on socket errors, timeouts, non-2xx replies, bad bodies and silent routes", () => {
    const summary = buildSummary({
      result: { ...result, errors: 3, timeouts: 2, non2xx: 4, statusCodeStats: { "200": { count: "1196" } } },
      routes: {
        "GET /balances": { latenciesMs: [], non2xx: 0, badReplies: 0 },
        "Refresh action": {
          latenciesMs: [700],
          non2xx: 4,
          badReplies: 5,
          firstProblem: "error result: {…}",
        },
      },
    });
    expect(summary.statusCodes).toEqual({ "200": 1196 });
    expect(summary.problems).toEqual([
      "3 socket error(s) (timeouts included)",
      "2 timeout(s)",
      "4 non-2xx response(s)",
      "GET /balances: no response",
      "Refresh action: 5 bad replies (error result: {…})",
    ]);
    expect(formatSummary(summary)).toMatch(/^FAILED: 3 socket error/m);
  });

  it("fails when nothing completed", () => {
    const summary = buildSummary({
      result: { ...result, requests: { total: 0, average: 0, stddev: 0 } },
      routes: {},
    });
    expect(summary.problems).toEqual(["no request completed"]);
  });
});
