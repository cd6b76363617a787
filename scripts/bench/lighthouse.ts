// Lighthouse (performance and accessibility, the default mobile preset) for one URL, through the lighthouse
// CLI: each run launches its own headless Chromium with a fresh profile, so no run sees another's cache.
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { CONTAINER_CHROMIUM_ARGS } from "../../e2e/support/chromium";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const LIGHTHOUSE_CLI = path.join(ROOT, "node_modules", "lighthouse", "cli", "index.js");

/** Headless, with the flags for Debian Chromium in a container. */
const CHROME_FLAGS = ["--headless=new", ...CONTAINER_CHROMIUM_ARGS];

const RUN_TIMEOUT_MS = 180_000;

export type LighthouseScores = {
  performance: number[];
  accessibility: number[];
  cls: number[];
  /** The metrics behind the performance score (simulated mobile: slow 4G, 4× CPU slowdown), ms per run. */
  metrics: Record<
    "first-contentful-paint" | "largest-contentful-paint" | "total-blocking-time" | "speed-index",
    number[]
  >;
};
const METRICS = [
  "first-contentful-paint",
  "largest-contentful-paint",
  "total-blocking-time",
  "speed-index",
] as const;

type LighthouseReport = {
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number; errorMessage?: string } | undefined>;
};

function runCli(args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    // Its own process group, so a run that hangs is stopped together with the Chromium it launched.
    const child = spawn(process.execPath, [LIGHTHOUSE_CLI, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      detached: true,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    const timer = setTimeout(() => {
      stderr += `\n(timed out after ${RUN_TIMEOUT_MS / 1000} s)`;
      if (child.pid) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {}
      }
    }, RUN_TIMEOUT_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`lighthouse exited with ${code ?? signal}:\n${stderr.trim()}`));
    });
  });
}

function score(report: LighthouseReport, category: string): number {
  const value = report.categories[category]?.score;
  if (typeof value !== "number") throw new Error(`Lighthouse gave no ${category} score`);
  return value;
}

/**
 * Runs Lighthouse `runs` times on `url` (mobile preset, simulated throttling) with the Chromium at
 * `chromePath`, one after another; returns every run's performance and accessibility score (0–1) and its
 * cumulative layout shift.
 */
export async function runLighthouse(
  url: string,
  options: { chromePath: string; runs: number },
): Promise<LighthouseScores> {
  const scores: LighthouseScores = {
    performance: [],
    accessibility: [],
    cls: [],
    metrics: Object.fromEntries(METRICS.map((id) => [id, [] as number[]])) as LighthouseScores["metrics"],
  };
  const dir = await mkdtemp(path.join(os.tmpdir(), "ld-lighthouse-"));
  try {
    for (let run = 0; run < options.runs; run++) {
      const output = path.join(dir, `run-${run}.json`);
      await runCli(
        [
          url,
          "--quiet",
          "--output=json",
          `--output-path=${output}`,
          "--only-categories=performance,accessibility",
          "--disable-full-page-screenshot",
          `--chrome-flags=${CHROME_FLAGS.join(" ")}`,
        ],
        { CHROME_PATH: options.chromePath },
      );
      const report = JSON.parse(await readFile(output, "utf8")) as LighthouseReport;
      if (report.runtimeError) {
        throw new Error(
          `Lighthouse run ${run + 1} failed: ${report.runtimeError.code} ${report.runtimeError.message}`,
        );
      }
      const cls = report.audits["cumulative-layout-shift"]?.numericValue;
      if (typeof cls !== "number") throw new Error("Lighthouse gave no cumulative-layout-shift value");
      scores.performance.push(score(report, "performance"));
      scores.accessibility.push(score(report, "accessibility"));
      scores.cls.push(cls);
      for (const id of METRICS) {
        const value = report.audits[id]?.numericValue;
        if (typeof value === "number") scores.metrics[id].push(value);
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return scores;
}
