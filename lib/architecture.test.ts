import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

describe("architecture", () => {
  it("the dashboard never imports the embedded ledger: it reaches it only over HTTP through lib/blnk", () => {
    const files = ["app", "components", "lib"].flatMap((dir) => sourceFiles(path.join(root, dir)));
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.filter((file) =>
      /from\s+["'](@\/ledger|(\.\.\/)+ledger)\//.test(readFileSync(file, "utf8")),
    );
    expect(offenders).toEqual([]);
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
