"use client";

import { Trash2Icon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FieldError, Input, Select } from "@/components/ui/input";
import { arity, type FilterClause, fieldOf, metaKeyOf } from "@/lib/filters/clauses";
import {
  FILTER_FIELDS,
  type FilterField,
  type FilterOp,
  type FilterTable,
  OPERATOR_LABELS,
  operatorsFor,
} from "@/lib/filters/fields";

// One filter being edited in the panel: field, operator and value(s) as typed, kept as text until "Apply".

export type DraftRow = {
  id: number;
  field: string;
  metaKey: string;
  op: FilterOp;
  value: string;
  to: string;
  currency: string;
};

let nextId = 1;

export function draftFrom(table: FilterTable, clause?: FilterClause): DraftRow {
  const id = nextId++;
  if (!clause) {
    const [first] = FILTER_FIELDS[table];
    return {
      id,
      field: first?.key ?? "",
      metaKey: "",
      op: first ? (operatorsFor(first)[0] ?? "eq") : "eq",
      value: "",
      to: "",
      currency: "",
    };
  }
  const field = fieldOf(table, clause.field);
  const isMeta = field?.kind === "meta";
  const [value = "", to = ""] = clause.values;
  return {
    id,
    field: isMeta ? "meta_data" : clause.field,
    metaKey: isMeta ? metaKeyOf(clause.field) : "",
    op: clause.op,
    value: clause.op === "in" ? clause.values.join(", ") : value,
    to,
    currency: clause.currency ?? "",
  };
}

const isAmount = (field: FilterField | undefined) => field?.kind === "amount" || field?.kind === "major";

export function clauseFrom(table: FilterTable, row: DraftRow): FilterClause {
  const field = fieldOf(table, row.field);
  const name = field?.kind === "meta" ? `meta_data.${row.metaKey.trim()}` : row.field;
  const shape = arity(row.op);
  const values =
    shape === "none"
      ? []
      : shape === "two"
        ? [row.value.trim(), row.to.trim()]
        : shape === "many"
          ? row.value.split(",").map((value) => value.trim())
          : [row.value.trim()];
  const currency = row.currency.trim().toUpperCase();
  return { field: name, op: row.op, values, ...(isAmount(field) && currency ? { currency } : {}) };
}

function ValueInputs({
  row,
  field,
  onChange,
  invalid,
}: RowProps & { field: FilterField | undefined; invalid: boolean }) {
  const shape = arity(row.op);
  if (shape === "none") return null;
  const common = {
    "aria-invalid": invalid || undefined,
    "aria-describedby": invalid ? `filter-${row.id}-error` : undefined,
  };
  const type = field?.kind === "date" ? "date" : "text";
  const inputMode = isAmount(field) ? ("decimal" as const) : undefined;
  return (
    <>
      <Input
        {...common}
        aria-label={shape === "two" ? "From" : shape === "many" ? "Values" : "Value"}
        type={type}
        inputMode={inputMode}
        value={row.value}
        placeholder={shape === "many" ? "Comma-separated" : field?.placeholder}
        onChange={(event) => onChange({ ...row, value: event.target.value })}
        className="min-w-0 flex-1"
      />
      {shape === "two" ? (
        <Input
          {...common}
          aria-label="To"
          type={type}
          inputMode={inputMode}
          value={row.to}
          onChange={(event) => onChange({ ...row, to: event.target.value })}
          className="min-w-0 flex-1"
        />
      ) : null}
      {isAmount(field) ? (
        <Input
          {...common}
          aria-label="Currency"
          value={row.currency}
          placeholder="USD"
          onChange={(event) => onChange({ ...row, currency: event.target.value })}
          className="w-20"
        />
      ) : null}
    </>
  );
}

type RowProps = { row: DraftRow; onChange: (row: DraftRow) => void };

export function FilterRow({
  table,
  row,
  error,
  onChange,
  onRemove,
}: RowProps & { table: FilterTable; error?: string; onRemove: () => void }) {
  const field = fieldOf(table, row.field);
  const ops = field ? operatorsFor(field) : [];
  return (
    <li className="flex flex-col gap-2 rounded-md border p-3" aria-label="Filter">
      <div className="flex flex-wrap items-center gap-2">
        <Select
          aria-label="Field"
          value={row.field}
          onChange={(event) => {
            const next = fieldOf(table, event.target.value);
            const op =
              next && operatorsFor(next).includes(row.op) ? row.op : next ? operatorsFor(next)[0] : "eq";
            onChange({ ...row, field: event.target.value, op: op ?? "eq" });
          }}
        >
          {FILTER_FIELDS[table].map((option) => (
            <option key={option.key} value={option.key}>
              {option.label}
            </option>
          ))}
        </Select>
        {field?.kind === "meta" ? (
          <Input
            aria-label="Metadata key"
            placeholder="key"
            value={row.metaKey}
            onChange={(event) => onChange({ ...row, metaKey: event.target.value })}
            className="w-32"
          />
        ) : null}
        <Select
          aria-label="Operator"
          value={row.op}
          onChange={(event) => onChange({ ...row, op: event.target.value as FilterOp })}
        >
          {ops.map((op) => (
            <option key={op} value={op}>
              {OPERATOR_LABELS[op]}
            </option>
          ))}
        </Select>
        <Button
          variant="ghost"
          size="icon"
          aria-label="Remove this filter"
          onClick={onRemove}
          className="ml-auto"
        >
          <Trash2Icon aria-hidden />
        </Button>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <ValueInputs row={row} field={field} onChange={onChange} invalid={Boolean(error)} />
      </div>
      {field?.kind === "choice" ? (
        <p className="text-xs text-muted-foreground">One of {field.choices?.join(", ")}.</p>
      ) : null}
      {field?.kind === "major" ? (
        <p className="text-xs text-muted-foreground">
          Compared as Blnk stores it: transactions recorded with this currency&apos;s precision.
        </p>
      ) : null}
      {row.op === "contains" ? (
        <p className="text-xs text-muted-foreground">
          Anywhere in the text, any case. As in Blnk, % matches any run of characters and _ any one character.
        </p>
      ) : null}
      <FieldError id={`filter-${row.id}-error`} message={error} />
    </li>
  );
}
