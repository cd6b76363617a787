// Telling a Core that honours dry_run from one that would carry the request out, without writing on any release:
// each probe below is answered by every profile, and no profile writes a row for any of them.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { coreProfile } from "../http/profile";
import { toJson } from "../json";
import { errorBody, errorsBody } from "../testing/errors";
import { testLedgerForFile } from "../testing/ledger";
import { exactJson } from "../testing/transaction-fixtures";

/** Refused at validation everywhere (no description); only HEAD's rules also flag the self-transfer. */
const VALIDATION_PROBE = {
  amount: 1,
  currency: "USD",
  reference: "probe",
  source: "@Probe",
  destination: "@Probe",
};
const HEAD_MESSAGE =
  "description: cannot be blank; destination: source and destination cannot be the same balance.";
const OLD_MESSAGE = "description: cannot be blank.";

const body = (response: { text: string }) => exactJson(response.text);

function probes(name: string) {
  const ledger = testLedgerForFile({ profile: coreProfile(name) });
  const rows = async () =>
    (
      await ledger.db.query<{ t: number; b: number }>(
        "SELECT (SELECT count(*) FROM transactions) AS t, (SELECT count(*) FROM balances) AS b",
      )
    ).rows[0];
  const send = (route: string, fields: Record<string, unknown>) => ledger.call("POST", route, toJson(fields));
  return {
    /** Runs `check` with an ID no transaction has, and expects no row written meanwhile. */
    writesNothing: async (check: (id: string) => Promise<void>) => {
      const before = await rows();
      await check(`txn_${randomUUID()}`);
      expect(await rows()).toEqual(before);
    },
    validation: () => send("/transactions", { ...VALIDATION_PROBE, dry_run: true }),
    refund: (id: string) => send(`/refund-transaction/${id}`, { dry_run: true }),
    bulkVoid: (id: string) =>
      send("/transactions/inflight/bulk/void", { transaction_ids: [id], dry_run: true }),
  };
}

describe("current profile (Core after 0.15.2)", { timeout: 30_000 }, () => {
  const probe = probes("current");
  it("flags HEAD's rule, answers the refund preview's own 404 and a bulk preview", () =>
    probe.writesNothing(async (id) => {
      expect((await probe.validation()).json).toEqual(errorsBody("TXN_VALIDATION_ERROR", HEAD_MESSAGE));
      const refund = await probe.refund(id);
      expect(refund.status).toBe(404);
      expect(refund.json).toEqual(errorBody("TXN_NOT_FOUND", `transaction ${id} not found for refund`));
      const bulk = await probe.bulkVoid(id);
      expect(bulk.status).toBe(200);
      expect(body(bulk)).toMatchObject({ dry_run: true, would_apply: false, results: [{ dry_run: true }] });
    }));
});

for (const name of ["0.15.2", "0.15.0"]) {
  describe(`profile ${name}`, { timeout: 30_000 }, () => {
    const probe = probes(name);
    it("reports only the missing description, 'no transaction to refund', and a failed bulk item", () =>
      probe.writesNothing(async (id) => {
        expect((await probe.validation()).json).toEqual(errorsBody("TXN_VALIDATION_ERROR", OLD_MESSAGE));
        const refund = await probe.refund(id);
        expect(refund.status).toBe(404);
        expect(refund.json).toEqual(errorBody("TXN_NOT_FOUND", "no transaction to refund"));
        expect(body(await probe.bulkVoid(id))).toEqual({
          succeeded: 0,
          failed: 1,
          results: [
            {
              transaction_id: id,
              status: "failed",
              code: "NOT_FOUND",
              message: `NOT_FOUND: Transaction with ID '${id}' not found`,
            },
          ],
        });
      }));
  });
}

describe("profile 0.14", { timeout: 30_000 }, () => {
  const probe = probes("0.14");
  it("answers the same, in the flat error bodies", () =>
    probe.writesNothing(async (id) => {
      expect((await probe.validation()).json).toEqual({ errors: OLD_MESSAGE });
      const refund = await probe.refund(id);
      expect(refund.status).toBe(400);
      expect(refund.json).toEqual({ error: "no transaction to refund" });
      expect(body(await probe.bulkVoid(id))).toMatchObject({ succeeded: 0, failed: 1 });
    }));
});

describe("profile 0.13.2", { timeout: 30_000 }, () => {
  const probe = probes("0.13.2");
  it("has no bulk route at all", () =>
    probe.writesNothing(async (id) => {
      expect((await probe.validation()).json).toEqual({ errors: OLD_MESSAGE });
      expect((await probe.refund(id)).json).toEqual({ error: "no transaction to refund" });
      const bulk = await probe.bulkVoid(id);
      expect([bulk.status, bulk.text]).toEqual([404, "404 page not found"]);
    }));
});
