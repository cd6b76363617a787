// The POST /<entity>/filter route every list shares: Core's FilterRequest body in, one page of rows out.

import type { Request } from "../http/request";
import type { Queryable } from "../storage/db";
import { parseFilterRequest } from "./parse";
import { filterResponse, runFilter } from "./sql";
import type { FilterSpec } from "./types";

/** What one entity's filter route reads and how it answers. */
export type FilterEndpoint<Row> = {
  spec: FilterSpec;
  /** The SELECT list. */
  columns: string;
  /** The column that orders rows whose sort values are equal (the table's ID). */
  orderTiebreak: string;
  /** One row as Core's JSON. */
  toJson: (row: Row) => unknown;
  /** Core answers an empty page with `null` on some routes and `[]` on others. */
  nullWhenEmpty: boolean;
};

/** Parses the body against the endpoint's spec (Core's 400s), runs the page query and shapes Core's answer. */
export async function answerFilterRequest<Row>(
  db: Queryable,
  request: Request,
  endpoint: FilterEndpoint<Row>,
): Promise<unknown> {
  const parsed = parseFilterRequest(request, endpoint.spec);
  const { rows, totalCount } = await runFilter<Row>(
    db,
    endpoint.spec,
    parsed,
    endpoint.columns,
    endpoint.orderTiebreak,
  );
  const data = rows.map((row) => endpoint.toJson(row));
  return filterResponse(data, totalCount, { nullWhenEmpty: endpoint.nullWhenEmpty });
}
