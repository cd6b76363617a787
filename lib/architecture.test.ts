import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");

/** The embedded ledger's folder: a separate server the dashboard reaches only over HTTP. */
const EMBEDDED_LEDGER = "embedded-ledger";

/** Any static, side-effect, dynamic or require import of `embedded-ledger/…`, by the `@/` alias or `../`. */
const IMPORTS_EMBEDDED_LEDGER = new RegExp(
  String.raw`(\bfrom|\bimport|\bimport\(|\brequire\()\s*["'](@\/|(\.\.\/)+)${EMBEDDED_LEDGER}\/`,
);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

describe("architecture", () => {
  it("the dashboard never imports the embedded ledger: it reaches it only over HTTP through lib/blnk", () => {
    expect(existsSync(path.join(root, EMBEDDED_LEDGER, "main.ts"))).toBe(true);
    const files = ["app", "components", "lib"]
      .flatMap((dir) => sourceFiles(path.join(root, dir)))
      .filter((file) => file !== __filename); // this file quotes forbidden imports as samples
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.filter((file) => IMPORTS_EMBEDDED_LEDGER.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });

  it("the import rule catches every way app code could reach into embedded-ledger/", () => {
    const caught = [
      'import { startLedger } from "@/embedded-ledger/app";',
      "import type { Db } from '../../embedded-ledger/storage/db';",
      'export { toJson } from "../embedded-ledger/json";',
      'import "@/embedded-ledger/main";',
      'const app = await import("@/embedded-ledger/app");',
      'const { openDb } = require("../embedded-ledger/storage/db");',
    ];
    for (const line of caught) expect(IMPORTS_EMBEDDED_LEDGER.test(line), line).toBe(true);
    // The Ledgers feature shares the word and stays importable.
    const allowed = [
      'import { listLedgers } from "@/lib/blnk/ledgers";',
      'import { LedgersTable } from "@/components/ledgers/ledgers-table";',
      'import { startLedgerProcess } from "@/lib/test-support/ledger-process";',
    ];
    for (const line of allowed) expect(IMPORTS_EMBEDDED_LEDGER.test(line), line).toBe(false);
  });

  it("only lib/blnk calls fetch on the server side of the dashboard", () => {
    const files = ["app", "components", "lib"]
      .flatMap((dir) => sourceFiles(path.join(root, dir)))
      .filter(
        (file) =>
          !file.includes(`${path.sep}lib${path.sep}blnk${path.sep}`) &&
          // Test helpers talk to test servers directly; they are not dashboard code.
          !file.includes(`${path.sep}lib${path.sep}test-support${path.sep}`) &&
          // Browser-only helpers: the browser's fetch reaches the dashboard's own /api routes, never Blnk.
          !file.includes(`${path.sep}lib${path.sep}browser${path.sep}`) &&
          !file.endsWith(".test.ts"),
      );
    const offenders = files.filter((file) => /\bfetch\(/.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });
});

// The layout rule (README, "Layout"): code used by one route lives beside it, in that route's _components/
// or _lib/; components/<feature> and lib/<feature> hold only what several routes (or other shared code) use.
describe("layout rule", () => {
  const importPattern = /(?:from|import)\s*\(?\s*["'](@\/[^"']+|\.{1,2}\/[^"']+)["']/g;

  function resolveImport(from: string, spec: string): string | null {
    const base = spec.startsWith("@/")
      ? path.join(root, spec.slice(2))
      : path.resolve(path.dirname(from), spec);
    for (const candidate of [
      `${base}.ts`,
      `${base}.tsx`,
      path.join(base, "index.ts"),
      path.join(base, "index.tsx"),
    ]) {
      try {
        if (statSync(candidate).isFile()) return candidate;
      } catch {
        // not this one
      }
    }
    return null;
  }

  /** "balances" for app/(dashboard)/balances/[id]/page.tsx, "embed" for app/embed/…, "root" for app/layout.tsx. */
  function routeOf(file: string): string | null {
    const relative = path.relative(path.join(root, "app"), file);
    if (relative.startsWith("..")) return null;
    const segments = relative.split(path.sep).filter((segment) => !/^\(.*\)$/.test(segment));
    return segments.length > 1 ? (segments[0] ?? "root") : "root";
  }

  it("no file in components/ is used by one route only (it belongs in that route's _components/)", () => {
    const sources = ["app", "components", "lib"].flatMap((dir) => sourceFiles(path.join(root, dir)));
    const importers = new Map<string, Set<string>>();
    for (const file of sources) {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(importPattern)) {
        const target = resolveImport(file, match[1] ?? "");
        if (!target?.startsWith(path.join(root, "components") + path.sep)) continue;
        // Who uses it: a route, or "shared" for other components and lib code (tests do not count).
        // A layout above several routes (the dashboard frame) counts as shared too.
        const route = routeOf(file);
        const user = /\.test\.tsx?$/.test(file)
          ? null
          : route === null || route === "root"
            ? "shared"
            : route;
        if (!user || target === file) continue;
        const users = importers.get(target) ?? new Set<string>();
        users.add(path.relative(path.join(root, "components"), file).startsWith("..") ? user : "shared");
        importers.set(target, users);
      }
    }
    const oneRouteOnly = [...importers]
      .filter(
        ([file, users]) =>
          users.size === 1 && !users.has("shared") && !file.includes(`${path.sep}ui${path.sep}`),
      )
      .map(([file, users]) => `${path.relative(root, file)} (only ${[...users][0]})`);
    expect(oneRouteOnly).toEqual([]);
  });
});
