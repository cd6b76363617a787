import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { type BenchWindow, benchInitScript } from "./in-page";

/** Just enough of a browser for the init script to install and for its timers to give up at once. */
function fakePage() {
  const window = {} as BenchWindow;
  const listeners: string[] = [];
  const context = vm.createContext({
    window,
    document: {
      querySelector: () => null,
      querySelectorAll: () => [],
      getElementById: () => null,
      addEventListener: (type: string) => listeners.push(type),
      removeEventListener: () => {},
    },
    location: { search: "" },
    URLSearchParams,
    MutationObserver: class {
      observe() {}
      disconnect() {}
    },
    performance: { now: () => 0 },
    requestAnimationFrame: (callback: () => void) => callback(),
    // Every wait times out at once.
    setTimeout: (callback: () => void) => callback(),
    clearTimeout: () => {},
    queueMicrotask,
    __name: (fn: unknown) => fn,
  });
  vm.runInContext(benchInitScript(), context);
  return { bench: window.__ldBench, listeners };
}

describe("the benchmark's init script", () => {
  it("carries every function of in-page.ts, so nothing it calls is missing in the page", () => {
    const source = readFileSync(path.join(import.meta.dirname, "in-page.ts"), "utf8");
    const names = [...source.matchAll(/^function (\w+)/gm)].map((match) => match[1]);
    expect(names.length).toBeGreaterThan(5);
    const script = benchInitScript();
    for (const name of names) expect(script, name).toContain(`function ${name}(`);
  });

  it("installs window.__ldBench, and its timers reach the page helpers and the timeout", async () => {
    const { bench, listeners } = fakePage();
    expect(bench.rowsAt).toBeNull();
    expect(bench.firstRowId()).toBeNull();
    expect(bench.sheetOpen("Create balance")).toBe(false);
    await expect(bench.time("refresh", "bal_1")).rejects.toThrow("refresh: not done within 30000 ms");
    await expect(bench.time("nextPage", "bal_1")).rejects.toThrow("next page: not done");
    await expect(bench.time("create", null)).rejects.toThrow("create: not done");
    await expect(bench.time("search", { label: "Ledger", text: "a", expect: "a" })).rejects.toThrow(
      "no Ledger combobox",
    );
    bench.armAltB();
    expect(listeners).toContain("keydown");
    expect(bench.altB).not.toBeNull();
  });
});
