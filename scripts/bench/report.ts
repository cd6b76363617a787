// The benchmark's results as text: a Markdown table per size (bench/results.md and the README section) and a
// plain report for the terminal.
import { formatChecked, formatValue, summarize } from "./budgets";
import {
  type BenchResult,
  type BudgetCheck,
  type Figure,
  SIZES,
  type SizeId,
  type SizeResult,
} from "./types";

export const README_START = "<!-- bench:start -->";
export const README_END = "<!-- bench:end -->";

const HELD = "✅ held";
const MISSED = "❌ missed";
const UNMEASURED = "– not measured";

function sizeTitle(size: SizeResult): string {
  return `${size.balances.toLocaleString("en-US")} balances`;
}

function runLine(result: BenchResult): string {
  const { machine } = result;
  const sizes = result.sizes.map((size) => size.size).join(" and ");
  const mode = result.quick ? `quick run (\`--quick\`: ${sizes} only)` : `full run (${sizes})`;
  return (
    `Run ${result.date} · ${mode} · ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, ` +
    `Node ${machine.node}, Chromium ${machine.chromium}`
  );
}

function statusOf(check: BudgetCheck | undefined): string {
  if (!check) return "";
  if (check.held === null) return UNMEASURED;
  return check.held ? HELD : MISSED;
}

/** Markdown table cells must not contain a pipe or a line break. */
function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

/** The figure's value as shown: a checked figure keeps enough decimals to read as on the side of its limit. */
function valueText(figure: Figure, check: BudgetCheck | undefined): string {
  return check ? formatChecked(check) : formatValue(figure.value, figure.unit);
}

function samplesText(figure: Figure): string {
  return figure.samples && figure.samples.length > 0 ? String(figure.samples.length) : "1";
}

/** Rows for one size: every figure in the order measured, then budgeted figures the run did not measure. */
function sizeRows(size: SizeResult, checks: readonly BudgetCheck[]) {
  const mine = checks.filter((check) => check.size === size.size);
  const rows = size.figures.map((figure) => ({
    figure,
    check: mine.find((check) => check.figure === figure.id),
  }));
  const unmeasured = mine.filter((check) => !size.figures.some((figure) => figure.id === check.figure));
  return { rows, unmeasured };
}

/** Results as Markdown: a header line (date, machine, quick or full), a budget summary and a table per size. */
export function markdownReport(result: BenchResult, checks: readonly BudgetCheck[]): string {
  const { held, missed, unmeasured } = summarize(checks);
  const lines: string[] = [runLine(result), ""];
  lines.push(
    `Budgets (\`bench/budgets.json\`): ${held} held, ${missed} missed` +
      (unmeasured > 0 ? `, ${unmeasured} not measured` : "") +
      ". Timings are medians of the runs shown, after a warm-up.",
  );
  for (const size of result.sizes) {
    const { rows, unmeasured: missing } = sizeRows(size, checks);
    lines.push("", `#### ${sizeTitle(size)}`, "");
    lines.push("| Figure | Value | Raw API | Runs | Budget | Result |");
    lines.push("|---|--:|--:|--:|---|---|");
    for (const { figure, check } of rows) {
      const raw = figure.rawMs !== undefined ? formatValue(figure.rawMs, "ms") : "";
      lines.push(
        `| ${cell(figure.label)} | ${valueText(figure, check)} | ${raw} | ${samplesText(figure)} | ` +
          `${check ? cell(check.limit) : ""} | ${statusOf(check)} |`,
      );
    }
    for (const check of missing) {
      lines.push(`| ${cell(check.label)} | not measured |  |  | ${cell(check.limit)} | ${statusOf(check)} |`);
    }
  }
  return `${lines.join("\n")}\n`;
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

/** Results for the terminal: the figures per size, then each budget as held or missed with its figure. */
export function consoleReport(result: BenchResult, checks: readonly BudgetCheck[]): string {
  const lines: string[] = [runLine(result)];
  for (const size of result.sizes) {
    lines.push("", sizeTitle(size));
    const labelWidth = Math.max(0, ...size.figures.map((figure) => figure.label.length));
    for (const figure of size.figures) {
      const raw = figure.rawMs !== undefined ? `  (raw API ${formatValue(figure.rawMs, "ms")})` : "";
      lines.push(`  ${pad(figure.label, labelWidth)}  ${formatValue(figure.value, figure.unit)}${raw}`);
    }
  }
  lines.push("", "Budgets");
  const order = new Map<SizeId, number>(SIZES.map((size, index) => [size.id, index]));
  const sorted = [...checks].sort((a, b) => (order.get(a.size) ?? 0) - (order.get(b.size) ?? 0));
  const labelWidth = Math.max(0, ...sorted.map((check) => `${check.label} @ ${check.size}`.length));
  for (const check of sorted) {
    const status = check.held === null ? "not measured" : check.held ? "held" : "missed";
    const figure = check.value === null ? "" : `${formatChecked(check)} `;
    lines.push(
      `  ${pad(status, 12)}  ${pad(`${check.label} @ ${check.size}`, labelWidth)}  ${figure}(${check.limit})`,
    );
  }
  const { held, missed, unmeasured } = summarize(checks);
  lines.push("", `${held} held, ${missed} missed${unmeasured > 0 ? `, ${unmeasured} not measured` : ""}.`);
  return `${lines.join("\n")}\n`;
}

/** Replaces what stands between the README's bench markers (the markers stay). */
export function updateReadmeSection(readmeText: string, markdown: string): string {
  const start = readmeText.indexOf(README_START);
  const end = readmeText.indexOf(README_END);
  if (start === -1 || end === -1) {
    const missing = [start === -1 ? README_START : null, end === -1 ? README_END : null].filter(Boolean);
    throw new Error(
      `README has no benchmark section: ${missing.join(" and ")} not found. Put ${README_START} and ` +
        `${README_END} on their own lines where the latest table belongs.`,
    );
  }
  if (end < start) throw new Error(`README's ${README_END} comes before ${README_START}`);
  if (readmeText.indexOf(README_START, start + 1) !== -1 || readmeText.indexOf(README_END, end + 1) !== -1) {
    throw new Error(`README has more than one ${README_START} … ${README_END} section`);
  }
  const before = readmeText.slice(0, start + README_START.length);
  const after = readmeText.slice(end);
  return `${before}\n${markdown.trim()}\n${after}`;
}
