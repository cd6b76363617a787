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
          !file.endsWith(".test.ts"),
      );
    const offenders = files.filter((file) => /\bfetch\(/.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });
});
