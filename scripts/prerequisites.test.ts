import { describe, expect, it } from "vitest";
import { ensurePrerequisites, findChromium, findPostgres, type PrerequisiteDeps } from "./prerequisites.mjs";

const PG15 = "/usr/lib/postgresql/15/bin";

/** A machine with these executables; apt-get installs put the packages' files in place. */
function machine(
  files: string[],
  { isRoot = false, sudoWorks = false, aptFails = false, env = {} as Record<string, string> } = {},
) {
  const present = new Set(files);
  const calls: string[] = [];
  const logs: string[] = [];
  const deps: PrerequisiteDeps = {
    env: { PATH: "/usr/local/bin:/usr/bin:/bin", ...env },
    exists: (file) => present.has(file),
    listDir: (dir) =>
      dir === "/usr/lib/postgresql"
        ? [...new Set([...present].filter((f) => f.startsWith(`${dir}/`)).map((f) => f.split("/")[4] ?? ""))]
        : [],
    isRoot,
    run(command, args, extraEnv) {
      calls.push(
        [extraEnv?.DEBIAN_FRONTEND ? `DEBIAN_FRONTEND=${extraEnv.DEBIAN_FRONTEND}` : "", command, ...args]
          .filter(Boolean)
          .join(" "),
      );
      if (command === "sudo" && args.join(" ") === "-n true") return { status: sudoWorks ? 0 : 1 };
      if (aptFails) return { status: 100, output: "E: Unable to locate package chromium" };
      if (args.includes("install")) {
        if (args.includes("chromium")) present.add("/usr/bin/chromium");
        if (args.includes("postgresql")) present.add(`${PG15}/initdb`);
      }
      return { status: 0 };
    },
    log: (line) => logs.push(line),
  };
  return { deps, calls, logs };
}

const everything = ["/usr/bin/chromium", `${PG15}/initdb`, "/usr/bin/apt-get"];

describe("findChromium", () => {
  it("uses CHROMIUM_PATH when it is executable", () => {
    const { deps } = machine(["/opt/chrome/chrome", "/usr/bin/chromium"], {
      env: { CHROMIUM_PATH: "/opt/chrome/chrome" },
    });
    expect(findChromium(deps)).toEqual({ path: "/opt/chrome/chrome", ignored: undefined });
  });

  it("falls back to /usr/bin/chromium, saying a CHROMIUM_PATH that is not executable was skipped", () => {
    const { deps } = machine(["/usr/bin/chromium"], { env: { CHROMIUM_PATH: "/nonexistent" } });
    expect(findChromium(deps)).toEqual({ path: "/usr/bin/chromium", ignored: "/nonexistent" });
  });

  it("then looks for chromium on PATH", () => {
    const { deps } = machine(["/usr/local/bin/chromium"]);
    expect(findChromium(deps).path).toBe("/usr/local/bin/chromium");
    expect(findChromium(machine([]).deps).path).toBeNull();
  });
});

describe("findPostgres", () => {
  it("picks the newest version that has initdb", () => {
    const { deps } = machine([
      "/usr/lib/postgresql/9/bin/initdb",
      `${PG15}/initdb`,
      "/usr/lib/postgresql/16/lib/x",
    ]);
    expect(findPostgres(deps)).toBe(PG15);
    expect(findPostgres(machine([]).deps)).toBeNull();
  });
});

describe("ensurePrerequisites", () => {
  it("finds Chromium via CHROMIUM_PATH and runs nothing", () => {
    const { deps, calls } = machine(["/opt/chrome/chrome", `${PG15}/initdb`], {
      env: { CHROMIUM_PATH: "/opt/chrome/chrome" },
    });
    expect(ensurePrerequisites(deps)).toEqual({
      ok: true,
      chromiumPath: "/opt/chrome/chrome",
      postgresBin: PG15,
      notes: [],
    });
    expect(calls).toEqual([]);
  });

  it("finds Chromium at /usr/bin/chromium, noting an unusable CHROMIUM_PATH", () => {
    const { deps, calls } = machine(everything, { env: { CHROMIUM_PATH: "/nonexistent" } });
    const result = ensurePrerequisites(deps);
    expect(result).toMatchObject({ ok: true, chromiumPath: "/usr/bin/chromium", postgresBin: PG15 });
    expect(result.ok && result.notes).toEqual([
      "CHROMIUM_PATH=/nonexistent is not an executable file; looking elsewhere.",
    ]);
    expect(calls).toEqual([]);
  });

  it("installs what is missing with apt-get as root, saying so in one line", () => {
    const { deps, calls, logs } = machine(["/usr/bin/apt-get"], { isRoot: true });
    expect(ensurePrerequisites(deps)).toMatchObject({
      ok: true,
      chromiumPath: "/usr/bin/chromium",
      postgresBin: PG15,
    });
    expect(calls).toEqual([
      "DEBIAN_FRONTEND=noninteractive apt-get update -qq",
      "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium postgresql",
    ]);
    expect(logs).toEqual([
      "Chromium and PostgreSQL not found: installing Debian's chromium and postgresql with apt-get…",
    ]);
  });

  it("installs through sudo when it needs no password", () => {
    const { deps, calls } = machine(["/usr/bin/apt-get", "/usr/bin/sudo", `${PG15}/initdb`], {
      sudoWorks: true,
    });
    expect(ensurePrerequisites(deps)).toMatchObject({ ok: true, chromiumPath: "/usr/bin/chromium" });
    expect(calls).toEqual([
      "sudo -n true",
      "sudo -n env DEBIAN_FRONTEND=noninteractive apt-get update -qq",
      "sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium",
    ]);
  });

  it("stops with the one command to run when apt-get exists but this user may not use it", () => {
    const { deps, calls } = machine(["/usr/bin/apt-get", "/usr/bin/sudo", `${PG15}/initdb`]);
    const result = ensurePrerequisites(deps);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.message).toBe(
      [
        "npm test needs Chromium for the end-to-end tests and cannot install it here (not root, and sudo is missing or asks for a password).",
        "Run this once, then npm test again:",
        "",
        "  sudo apt-get install chromium",
        "",
        "Or point CHROMIUM_PATH at a Chromium you already have: CHROMIUM_PATH=/path/to/chromium npm test",
      ].join("\n"),
    );
    expect(calls).toEqual(["sudo -n true"]);
  });

  it("stops without running anything when there is no apt-get, naming the command and CHROMIUM_PATH", () => {
    const { deps, calls } = machine([], { isRoot: true });
    const result = ensurePrerequisites(deps);
    expect(result.ok).toBe(false);
    const message = result.ok ? "" : result.message;
    expect(message).toContain("npm test needs Chromium and PostgreSQL for the end-to-end tests");
    expect(message).toContain("(no apt-get)");
    expect(message).toContain("\n  sudo apt-get install chromium postgresql\n");
    expect(message).toContain("CHROMIUM_PATH=/path/to/chromium npm test");
    expect(message).toContain("/usr/lib/postgresql/<version>/bin/initdb");
    expect(calls).toEqual([]);
  });

  it("stops with apt-get's error and the command when the install fails", () => {
    const { deps } = machine(["/usr/bin/apt-get", `${PG15}/initdb`], { isRoot: true, aptFails: true });
    const result = ensurePrerequisites(deps);
    expect(result.ok).toBe(false);
    const message = result.ok ? "" : result.message;
    expect(message).toMatch(/^E: Unable to locate package chromium\n.*\(apt-get update failed\)/);
    expect(message).toContain("\n  sudo apt-get install chromium\n");
  });
});
