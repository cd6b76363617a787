import type { Row } from "./format";
import type { Paging } from "./pager";

// What one export is: its rows and columns, and what the manifest says about them.

export type ExportKind =
  | "balances"
  | "transactions"
  | "identities"
  | "ledgers"
  | "balance-transactions"
  | "statement"
  | "audit";

export type ExportRows = { rows: AsyncGenerator<Row>; paging: () => Paging | null };

export type ExportPlan = {
  kind: ExportKind;
  /** The file's name before its time and extension: "balances", "statement-bln_…". */
  name: string;
  columns: readonly string[];
  /** The filters as the person set them (the URL's), and as Blnk was asked, for the manifest. */
  filters: Record<string, unknown>;
  /** What the audit log files it under: the table, or "balance" for one balance's rows. */
  recordType: string;
  recordId?: string | null;
  /** Anything else the manifest should carry, asked once the last row is out (a statement's totals). */
  details?: () => Record<string, unknown>;
  rows: (signal: AbortSignal) => Promise<ExportRows> | ExportRows;
};

export type PlanResult = { ok: true; plan: ExportPlan } | { ok: false; message: string };

/** The table's notice ("Ignored the filter "f.x.eq": why") as the reason an export was refused. */
const asReason = (notice: string) =>
  notice.replace(/^Ignored the filter (".*?"): /, "the filter $1 no longer parses: ");

/** An export refused before any row: a filter that no longer parses must not be quietly left out. */
export function refuseNotices(notices: readonly string[]): PlanResult | null {
  if (notices.length === 0) return null;
  return {
    ok: false,
    message: `Nothing was exported: ${notices.map(asReason).join(" ")} Fix or remove that filter, then export again (an export never leaves a filter out, as the table does).`,
  };
}

/** Rows of each page, mapped one by one. */
export async function* rowsOf<T>(pages: AsyncGenerator<T[]>, toRow: (item: T) => Row): AsyncGenerator<Row> {
  for await (const page of pages) for (const item of page) yield toRow(item);
}
