#!/usr/bin/env node
// `npm test`: lint, typecheck, unit tests, production build, end-to-end tests — in that order, each run even
// when an earlier one failed (except e2e, which needs the build), so one run shows every problem.
// The last line is the plain summary CI reads: "N passed, N failed" over every test that ran; a failing
// step that is not a test runner (lint, typecheck, build) counts as one failed test.
// Before any of it: Chromium and PostgreSQL for the e2e tests, installed from Debian when missing and allowed
// (scripts/prerequisites.mjs); when they cannot be, the run stops at once with the command that fixes it.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ensurePrerequisites, systemDeps } from "./prerequisites.mjs";

const prerequisites = ensurePrerequisites(systemDeps());
if (!prerequisites.ok) {
  console.error(`\n${prerequisites.message}\n`);
  console.log("0 passed, 1 failed");
  process.exit(1);
}
for (const note of prerequisites.notes) console.log(note);
console.log(`Chromium: ${prerequisites.chromiumPath} · PostgreSQL: ${prerequisites.postgresBin}`);

const root = path.resolve(import.meta.dirname, "..");
const out = path.join(root, ".test-results");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// The same canary key the e2e servers use (e2e/support/env.ts); the build must not embed it anywhere.
const apiKey = process.env.E2E_BLNK_API_KEY ?? "ldk-e2e-canary-key-3f9c2a7d51";
const bin = (name) => path.join(root, "node_modules", ".bin", name);

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${[path.basename(command), ...args].join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  const ok = result.status === 0;
  console.log(`${ok ? "✔" : "✘"} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;
const steps = [];
const step = (label, ok) => {
  steps.push(`${ok ? "ok  " : "FAIL"} ${label}`);
  if (!ok) failed += 1;
};

step("lint (biome)", run("lint", bin("biome"), ["check", "."]));
step("typecheck (tsc)", run("typecheck", bin("tsc"), ["--noEmit"]));

const vitestJson = path.join(out, "vitest.json");
const unitOk = run("unit tests", bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${vitestJson}`,
]);
const unit = readJson(vitestJson);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  // A crash outside any test (a file that fails to load) still has to fail the run.
  if (!unitOk && unit.numFailedTests === 0) failed += 1;
} else step("unit tests (no report)", false);

const buildOk = run("build", bin("next"), ["build"], { BLNK_API_KEY: apiKey });
step("build (next build)", buildOk);

if (buildOk) {
  // One empty PGlite database that every e2e server copies instead of running initdb (playwright.config.ts).
  const pgliteTemplate = path.join(root, ".data", "e2e-pglite-template");
  const templateOk = run("e2e database template", process.execPath, [
    "e2e/support/pglite-template.mjs",
    pgliteTemplate,
  ]);
  const e2eJson = path.join(out, "playwright.json");
  const e2eOk = run("e2e tests", bin("playwright"), ["test", "--reporter=list,json"], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson,
    CHROMIUM_PATH: prerequisites.chromiumPath,
    E2E_BLNK_API_KEY: apiKey,
    ...(templateOk ? { E2E_PGLITE_TEMPLATE: pgliteTemplate } : {}),
  });
  const e2e = readJson(e2eJson);
  if (e2e?.stats) {
    passed += e2e.stats.expected;
    failed += e2e.stats.unexpected + e2e.stats.flaky;
    if (!e2eOk && e2e.stats.unexpected + e2e.stats.flaky === 0) failed += 1;
  } else step("e2e tests (no report)", false);
} else step("e2e tests (skipped: build failed)", false);

console.log(`\n${steps.join("\n")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
