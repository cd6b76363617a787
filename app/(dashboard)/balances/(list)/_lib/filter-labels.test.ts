import { describe, expect, it } from "vitest";
import { IDENTITY_ID, individualJson, LEDGER_ID, ledgerJson } from "@/lib/blnk/test-fixtures";
import { json, testServerForFile } from "@/lib/blnk/test-server";
import { loadFilterLabels } from "./filter-labels";

const { server } = testServerForFile({ env: {} });

describe("loadFilterLabels", () => {
  it("names the owner and the ledger of the active filters", async () => {
    server.on(`GET /identities/${IDENTITY_ID}`, json(200, individualJson));
    server.on(`GET /ledgers/${LEDGER_ID}`, json(200, ledgerJson));
    expect(await loadFilterLabels({ page: 1, identityId: IDENTITY_ID, ledgerId: LEDGER_ID })).toEqual({
      owner: "Ada Lovelace",
      ledger: "Customer Wallets",
    });
  });

  it("falls back to the ID when a record is unknown, and asks nothing without filters", async () => {
    server.on(
      "GET /identities/idt_gone",
      json(404, '{"code":"IDT_NOT_FOUND","error":"Identity with ID \'idt_gone\' not found"}'),
    );
    expect(await loadFilterLabels({ page: 1, identityId: "idt_gone" })).toEqual({ owner: "idt_gone" });
    server.reset();
    expect(await loadFilterLabels({ page: 1 })).toEqual({});
    expect(server.requests).toHaveLength(0);
  });
});
