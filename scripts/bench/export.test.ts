import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { formatValue, unitOf } from "./budgets";
import { checkManifest, countBody } from "./export";
import { descendants, parentOf, vmRssKib } from "./process-memory";
import { lastDays } from "./statement";

const streamOf = (...chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });

const FILE = "a,b\r\n1,2\r\n3,4\r\n";
const sha = createHash("sha256").update(FILE).digest("hex");

describe("countBody", () => {
  it("counts bytes and newlines across chunks and hashes the whole body", async () => {
    const counted = await countBody(streamOf("a,b\r", "\n1,2\r\n3", ",4\r\n"));
    expect(counted).toEqual({ bytes: FILE.length, newlines: 3, sha256: sha });
  });
});

describe("checkManifest", () => {
  const counted = { bytes: FILE.length, newlines: 3, sha256: sha };
  const done = (manifest: { rows: number; bytes: number; sha256: string }) =>
    ({ ok: true, data: { status: "done", manifest } }) as const;

  it("passes a manifest naming the rows (lines but the header), bytes and hash read", () => {
    expect(checkManifest(done({ rows: 2, bytes: FILE.length, sha256: sha }), counted).rows).toBe(2);
  });

  it("throws on a row count or a hash that differs", () => {
    expect(() => checkManifest(done({ rows: 3, bytes: FILE.length, sha256: sha }), counted)).toThrow(
      /rows 3 ≠ 2 read/,
    );
    expect(() =>
      checkManifest(done({ rows: 2, bytes: FILE.length, sha256: "0".repeat(64) }), counted),
    ).toThrow(/sha256/);
  });

  it("throws on a failed export or a refused lookup", () => {
    expect(() =>
      checkManifest({ ok: true, data: { status: "failed", message: "stopped" } }, counted),
    ).toThrow(/export failed: stopped/);
    expect(() => checkManifest({ ok: false, error: "no such export" }, counted)).toThrow(/no such export/);
  });
});

describe("process memory from /proc", () => {
  it("reads the parent PID after a command holding spaces and parentheses", () => {
    expect(parentOf("4242 (next-server (v1)) S 4200 4242 4242 0 -1")).toBe(4200);
    expect(parentOf("garbage")).toBeNull();
  });

  it("reads VmRSS in KiB, 0 when absent", () => {
    expect(vmRssKib("Name:\tnode\nVmRSS:\t  123456 kB\nVmSwap:\t0 kB\n")).toBe(123456);
    expect(vmRssKib("Name:\tkthreadd\n")).toBe(0);
  });

  it("finds a process and every descendant, nothing else", () => {
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 11],
      [13, 10],
      [20, 1],
    ]);
    expect(descendants(10, parents).sort()).toEqual([10, 11, 12, 13]);
  });
});

describe("units of the export figures", () => {
  it("takes rows/s, s and MB from the figure IDs and prints them", () => {
    expect(unitOf("export_rows_per_s")).toBe("rows/s");
    expect(unitOf("export_total_s")).toBe("s");
    expect(unitOf("export_memory_peak_mb")).toBe("MB");
    expect(formatValue(1234.4, "rows/s")).toBe("1234 rows/s");
    expect(formatValue(81.25, "s")).toBe("81.3 s");
    expect(formatValue(212.6, "MB")).toBe("213 MB");
  });
});

describe("lastDays", () => {
  it("gives the statement's period: 29 days back to today, opening the microsecond before", () => {
    expect(lastDays(30, new Date("2026-12-03T18:00:00Z"))).toEqual({
      from: "2026-11-04",
      to: "2026-12-03",
      openingAt: "2026-11-03T23:59:59.999999Z",
      closingAt: "2026-12-03T23:59:59.999999Z",
    });
  });
});
