// Types of the FilterRequest engine (blnk-api.md §6), shared by parse.ts and sql.ts.
import { goFloatText, parseGoFloat } from "./go-format";

export const OPERATORS = [
  "eq",
  "ne",
  "gt",
  "gte",
  "lt",
  "lte",
  "in",
  "between",
  "like",
  "ilike",
  "isnull",
  "isnotnull",
] as const;
export type Operator = (typeof OPERATORS)[number];

/**
 * How a column compares, named after its type in Core's schema; each maps the ledger's column to an
 * expression of that type (sql.ts), so Postgres reads a parameter exactly as it does in Core:
 * - `text`, `numeric`: the same type here;
 * - `float-numeric`: Core's NUMERIC `transactions.amount` holds the float64 it was given (lib/pq writes its
 *   shortest digits); here a double precision column, compared through its shortest text as numeric;
 * - `bigint`: Core's BIGINT `precision`; here double precision;
 * - `timestamp`: Core's TIMESTAMP (without time zone, UTC wall clock); here timestamptz read in UTC, so a
 *   zone in a filter value is ignored, as Postgres ignores it for a timestamp;
 * - `date`: Core's DATE `identity.dob`; here timestamptz, its UTC date.
 */
export type FieldKind = "text" | "numeric" | "float-numeric" | "bigint" | "timestamp" | "date";

/** One filter value as Core's driver sends it: its text (null for SQL NULL) and whether Go held a string. */
export type SqlParam = { text: string | null; isString: boolean };

/** A virtual field's SQL: a condition, and optionally a CTE it reads (Core's `_indicator_matches`). */
export type VirtualSql = string | { condition: string; cte: string };

export type VirtualField = {
  operators: readonly string[];
  /**
   * Returns the field's condition. `values` are the filter's values as Core's driver sends them: `[value]` for
   * single-value operators, the list for `in`/`between`, `[]` for `isnull`/`isnotnull`. `addParam` binds a
   * value and returns its placeholder (`$3`); never interpolate values.
   */
  toSql: (op: string, values: SqlParam[], addParam: (value: unknown) => string) => VirtualSql;
};

export type FilterSpec = {
  /** The SQL table, e.g. "balances"; Core's 500 for a query Postgres refuses is "Failed to retrieve <table>". */
  table: string;
  /** Core's name for the table in error messages when it differs ("identity" for identities). */
  name?: string;
  /** Filterable and sortable columns; the JSON name is the column name. */
  fields: Record<string, FieldKind>;
  /** Virtual fields (transactions' balance_id = source OR destination): filterable, not sortable. */
  virtual?: Record<string, VirtualField>;
  /** Allows `meta_data` and `meta_data.<key>` (key ^[a-zA-Z][a-zA-Z0-9_]*$) on the jsonb column meta_data. */
  hasMetadata: boolean;
};

/** A datetime as lib/pq sends Core's time.Time, and the [floor, ceiling) span Core's `eq` matches. */
export type GoTimeValue = { text: string; floor: string; ceiling: string };

/** A query-param value after Core's type sniffing; `text` is exactly what was sent. */
export class QueryValue {
  constructor(
    readonly type: "int" | "float" | "bool" | "datetime" | "string",
    readonly text: string,
    /** For datetimes: the time and its `eq` span, as lib/pq would send them (values.ts). */
    readonly time?: GoTimeValue,
  ) {}

  /** What Core's driver sends for the sniffed Go value: int64 and float64 digits, the time's text, else as sent. */
  get sql(): string {
    switch (this.type) {
      case "int":
        return BigInt(this.text).toString();
      case "float":
        return goFloatText(parseGoFloat(this.text) ?? Number.NaN);
      case "datetime":
        return this.time?.text ?? this.text;
      default:
        return this.text;
    }
  }
}

/** One filter. `value`/`values` are JSON values as parsed (lossless numbers) or QueryValue from a query string. */
export type Filter = { field: string; operator: Operator; value?: unknown; values?: unknown[] };

export type LogicalOperator = "and" | "or";

export type ParsedFilter = {
  filters: Filter[];
  logicalOperator: LogicalOperator;
  /** A column of the spec (default "created_at"). */
  sortBy: string;
  sortOrder: "asc" | "desc";
  limit: number;
  offset: number;
  includeCount: boolean;
};

/** What runFilter needs; GET lists pass `limit: null` for "no limit" (Core's unpaginated identities list). */
export type FilterQuery = {
  filters: Filter[];
  logicalOperator: LogicalOperator;
  sortBy?: string;
  sortOrder?: "asc" | "desc";
  limit: number | null;
  offset: number;
  includeCount?: boolean;
};
