// filter API stable
// The FilterRequest engine (blnk-api.md §6) shared by every list route: parse a POST /<entity>/filter body or
// GET `field_op=value` params with Core's errors, then run one parameterized query and shape Core's response.

export { inList } from "./conditions";
export { answerFilterRequest, type FilterEndpoint } from "./endpoint";
export { goParam } from "./go-values";
export { parseFilterRequest, parseQueryFilters, sortableFields, validateFilters } from "./parse";
export { buildWhere, filterResponse, runFilter } from "./sql";
export type {
  FieldKind,
  Filter,
  FilterQuery,
  FilterSpec,
  LogicalOperator,
  Operator,
  ParsedFilter,
  SqlParam,
  VirtualField,
  VirtualSql,
} from "./types";
export { OPERATORS, QueryValue } from "./types";
export { sniffValue } from "./values";
