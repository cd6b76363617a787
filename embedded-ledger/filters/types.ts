// Types of the FilterRequest engine (blnk-api.md §6), shared by parse.ts and sql.ts.

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

export type FieldKind = "text" | "numeric" | "float" | "time" | "bool";

export type VirtualField = {
  operators: readonly string[];
  /**
   * Returns one SQL condition. `values` are the filter's values as text (`string`, or `null` for a JSON null):
   * `[value]` for single-value operators, the list for `in`/`between`, `[]` for `isnull`/`isnotnull`.
   * `addParam` binds a value and returns its placeholder (`$3`); never interpolate values.
   */
  toSql: (op: string, values: unknown[], addParam: (value: unknown) => string) => string;
};

export type FilterSpec = {
  /** The SQL table, e.g. "balances". */
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

/** A query-param value after Core's type sniffing; `text` is exactly what was sent. */
export class QueryValue {
  constructor(
    readonly type: "int" | "float" | "bool" | "datetime" | "string",
    readonly text: string,
    /**
     * For datetimes: the span Core's `eq` matches (the whole day for `2024-01-01`, the second for `…T10:00:00`),
     * as RFC3339 strings with microseconds (a JS Date cannot hold Core's microsecond precision).
     */
    readonly range?: { floor: string; ceiling: string },
  ) {}
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
