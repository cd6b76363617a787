// filter API stable
// The FilterRequest engine (blnk-api.md §6) shared by every list route: parse a POST /<entity>/filter body or
// GET `field_op=value` params with Core's errors, then run one parameterized query and shape Core's response.

export { parseFilterRequest, parseQueryFilters, sortableFields, validateFilters } from "./filter-parse";
export { buildWhere, filterResponse, runFilter, valueText } from "./filter-sql";
export type {
  FieldKind,
  Filter,
  FilterQuery,
  FilterSpec,
  LogicalOperator,
  Operator,
  ParsedFilter,
  VirtualField,
} from "./filter-types";
export { OPERATORS, QueryValue } from "./filter-types";
export { sniffValue } from "./filter-values";
