// What `npm test` needs from the machine besides node_modules: Chromium (Playwright drives Debian's, it never
// downloads one) and PostgreSQL's server binaries (the multi-instance test starts a throwaway server, see
// e2e/support/postgres.ts). Found where they are; when missing, installed from Debian with apt-get if this user
// may (root, or sudo without a password); otherwise `npm test` stops before its first step, naming the one
// command to run. Every side effect is injected, so scripts/prerequisites.test.ts covers the decisions.
import { spawnSync } from "node:child_process";
import { accessSync, constants, readdirSync, statSync } from "node:fs";
import path from "node:path";

export const DEFAULT_CHROMIUM = "/usr/bin/chromium";
export const POSTGRES_ROOT = "/usr/lib/postgresql";

/** An executable named `name` in one of PATH's directories, or null. */
export function onPath(name, { env, exists }) {
  for (const dir of (env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    if (exists(candidate)) return candidate;
  }
  return null;
}

/**
 * Chromium: `CHROMIUM_PATH` when it names an executable, else /usr/bin/chromium, else `chromium` on PATH.
 * `ignored` is a CHROMIUM_PATH that was set but is not executable (worth a word, since it was skipped).
 */
export function findChromium(deps) {
  const wanted = deps.env.CHROMIUM_PATH;
  const ignored = wanted && !deps.exists(wanted) ? wanted : undefined;
  if (wanted && !ignored) return { path: wanted };
  const found = deps.exists(DEFAULT_CHROMIUM) ? DEFAULT_CHROMIUM : onPath("chromium", deps);
  return { path: found, ignored };
}

/** The bin directory of the newest /usr/lib/postgresql/<version> with an initdb, or null. */
export function findPostgres({ exists, listDir }) {
  const versions = listDir(POSTGRES_ROOT).sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const bin = path.join(POSTGRES_ROOT, version, "bin");
    if (exists(path.join(bin, "initdb"))) return bin;
  }
  return null;
}

const TOOLS = [
  { name: "Chromium", pkg: "chromium", find: (deps) => findChromium(deps).path },
  { name: "PostgreSQL", pkg: "postgresql", find: findPostgres },
];

/**
 * Finds every tool, installing the missing ones with apt-get when allowed. Returns
 * `{ ok: true, chromiumPath, postgresBin, notes }` or `{ ok: false, message }` (what to do, one command).
 * deps: env, exists(path) (an executable file), listDir(dir) (names, [] when absent), isRoot,
 * run(command, args, env) → { status, output }, log(line).
 */
export function ensurePrerequisites(deps) {
  const notes = [];
  const ignored = findChromium(deps).ignored;
  if (ignored) notes.push(`CHROMIUM_PATH=${ignored} is not an executable file; looking elsewhere.`);

  let missing = TOOLS.filter((tool) => !tool.find(deps));
  if (missing.length > 0) {
    const packages = missing.map((tool) => tool.pkg);
    const names = missing.map((tool) => tool.name).join(" and ");
    if (onPath("apt-get", deps) === null)
      return { ok: false, message: notFoundMessage(missing, "no apt-get") };
    const sudo =
      !deps.isRoot && onPath("sudo", deps) !== null && deps.run("sudo", ["-n", "true"]).status === 0;
    if (!deps.isRoot && !sudo)
      return {
        ok: false,
        message: notFoundMessage(missing, "not root, and sudo is missing or asks for a password"),
      };

    deps.log(`${names} not found: installing Debian's ${packages.join(" and ")} with apt-get…`);
    // sudo may reset the environment, so the variable travels on its command line.
    const apt = (args) =>
      deps.isRoot
        ? deps.run("apt-get", args, { DEBIAN_FRONTEND: "noninteractive" })
        : deps.run("sudo", ["-n", "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", ...args]);
    for (const args of [
      ["update", "-qq"],
      ["install", "-y", "-qq", ...packages],
    ]) {
      const result = apt(args);
      if (result.status !== 0) {
        const output = (result.output ?? "").trim().split("\n").slice(-5).join("\n");
        return {
          ok: false,
          message: `${output ? `${output}\n` : ""}${notFoundMessage(missing, `apt-get ${args[0]} failed`)}`,
        };
      }
    }
    missing = TOOLS.filter((tool) => !tool.find(deps));
    if (missing.length > 0)
      return { ok: false, message: notFoundMessage(missing, "still not found after apt-get install") };
  }
  return { ok: true, chromiumPath: findChromium(deps).path, postgresBin: findPostgres(deps), notes };
}

/** Why npm test stops, and the one command that fixes it. */
function notFoundMessage(missing, reason) {
  const names = missing.map((tool) => tool.name).join(" and ");
  const command = `sudo apt-get install ${missing.map((tool) => tool.pkg).join(" ")}`;
  const lines = [
    `npm test needs ${names} for the end-to-end tests and cannot install ${missing.length > 1 ? "them" : "it"} here (${reason}).`,
    "Run this once, then npm test again:",
    "",
    `  ${command}`,
    "",
  ];
  if (missing.some((tool) => tool.pkg === "chromium"))
    lines.push(
      "Or point CHROMIUM_PATH at a Chromium you already have: CHROMIUM_PATH=/path/to/chromium npm test",
    );
  if (missing.some((tool) => tool.pkg === "postgresql"))
    lines.push(
      `Without apt-get, install PostgreSQL's server so that ${POSTGRES_ROOT}/<version>/bin/initdb exists.`,
    );
  return lines.join("\n");
}

/** The real machine: the file system, this process's user, and child processes. */
export function systemDeps(env = process.env) {
  return {
    env,
    exists(file) {
      try {
        accessSync(file, constants.X_OK);
        return statSync(file).isFile();
      } catch {
        return false;
      }
    },
    listDir(dir) {
      try {
        return readdirSync(dir);
      } catch {
        return [];
      }
    },
    isRoot: process.getuid?.() === 0,
    run(command, args, extraEnv = {}) {
      const result = spawnSync(command, args, { encoding: "utf8", env: { ...env, ...extraEnv } });
      return { status: result.status ?? 1, output: `${result.stdout ?? ""}${result.stderr ?? ""}` };
    },
    log: (line) => console.log(line),
  };
}

// `node scripts/prerequisites.mjs`: only look (never install) and say what was found.
if (import.meta.filename === process.argv[1]) {
  const deps = systemDeps();
  const chromium = findChromium(deps);
  if (chromium.ignored)
    console.log(`CHROMIUM_PATH=${chromium.ignored} is not an executable file; looking elsewhere.`);
  const postgres = findPostgres(deps);
  console.log(`Chromium: ${chromium.path ?? "not found"}`);
  console.log(`PostgreSQL: ${postgres ?? "not found"}`);
  process.exit(chromium.path && postgres ? 0 : 1);
}
