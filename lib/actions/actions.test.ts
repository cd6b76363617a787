import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTION_BRAND } from "./define";

// Every server action in the app goes through defineAction (role check, then input parsing, then the body).
// This finds every "use server" module, imports it, and fails on any export that was not made by it.

const root = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "node_modules" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

const serverModules = ["app", "components", "lib"]
  .flatMap((dir) => sourceFiles(path.join(root, dir)))
  .filter((file) => /^\s*["']use server["']/m.test(readFileSync(file, "utf8")));

describe("server actions", () => {
  it("are found in the source tree", () => {
    expect(serverModules.map((file) => path.relative(root, file)).sort()).toEqual(
      expect.arrayContaining([
        "lib/balances/actions.ts",
        "lib/create-balance/actions.ts",
        "app/(dashboard)/settings/users/_lib/actions.ts",
      ]),
    );
  });

  it.each(serverModules.map((file) => [path.relative(root, file), file]))(
    "every export of %s is made by defineAction",
    async (_name, file) => {
      const exports = (await import(file)) as Record<string, unknown>;
      const names = Object.keys(exports);
      expect(names.length).toBeGreaterThan(0);
      const bypassing = names.filter((name) => {
        const value = exports[name] as { [ACTION_BRAND]?: unknown } | undefined;
        return typeof value !== "function" || value[ACTION_BRAND] === undefined;
      });
      expect(bypassing).toEqual([]);
    },
  );

  it("each declare the role they need", async () => {
    const roles: Record<string, unknown> = {};
    for (const file of serverModules) {
      for (const [name, value] of Object.entries((await import(file)) as Record<string, unknown>)) {
        roles[name] = (value as { [ACTION_BRAND]?: { role: string } })[ACTION_BRAND]?.role;
      }
    }
    expect(roles).toEqual({
      fetchBalancesPage: "viewer",
      fetchBalanceCount: "viewer",
      fetchBalanceSummary: "viewer",
      fetchBalanceActivity: "viewer",
      createBalanceAction: "operator",
      addUserAction: "admin",
      setUserRoleAction: "admin",
      verifyAuditChainAction: "oversight",
      fetchTransactionsPage: "viewer",
      fetchTransactionCount: "viewer",
      fetchTransactionParties: "viewer",
      fetchTransactionSummary: "viewer",
      commitTransactionAction: "operator",
      voidTransactionAction: "operator",
      refundTransactionAction: "operator",
      commitHoldsAction: "operator",
      voidHoldsAction: "operator",
      fetchHoldsPage: "viewer",
      previewTransactionAction: "operator",
      createTransactionAction: "operator",
      createSavedView: "viewer",
      saveSavedViewChanges: "viewer",
      renameSavedView: "viewer",
      deleteSavedView: "viewer",
      assignBalanceIdentity: "operator",
      createLedgerAction: "operator",
      createIdentityAction: "operator",
      editIdentityAction: "operator",
      editMetadata: "operator",
    });
  });
});
