"use client";

import { PlusIcon } from "lucide-react";
import * as React from "react";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { clauseProblem, type FilterClause, MAX_CLAUSES } from "@/lib/filters/clauses";
import type { FilterTable } from "@/lib/filters/fields";
import { createPrecisionTable } from "@/lib/money";
import { clauseFrom, type DraftRow, draftFrom, FilterRow } from "./filter-row";
import { useFilterNavigation } from "./use-filter-navigation";

/** The panel's rows as typed, their problems, and "Apply filters" (checked first, then into the URL). */
function usePanelRows(
  table: FilterTable,
  clauses: FilterClause[],
  precisionOverrides: [string, string][],
  onClose: () => void,
) {
  const { apply } = useFilterNavigation();
  const precision = React.useMemo(
    () => createPrecisionTable(new Map(precisionOverrides.map(([code, value]) => [code, BigInt(value)]))),
    [precisionOverrides],
  );
  const [rows, setRows] = React.useState<DraftRow[]>(() =>
    clauses.length > 0 ? clauses.map((clause) => draftFrom(table, clause)) : [draftFrom(table)],
  );
  const [errors, setErrors] = React.useState<Record<number, string>>({});

  const onApply = (event: React.FormEvent) => {
    event.preventDefault();
    const found: Record<number, string> = {};
    const next = rows.map((row) => {
      const clause = clauseFrom(table, row);
      const problem = clauseProblem(table, clause, precision);
      if (problem) found[row.id] = problem;
      return clause;
    });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    apply(next);
    onClose();
  };

  return { rows, setRows, errors, onApply };
}

/**
 * The "Filters" panel: the table's active filters to edit, more to add, and "Apply filters", which checks every
 * row as the server will (amounts against the currency's precision, ranges in order) before the URL changes.
 * A row that does not hold says why and keeps what was typed. `Esc` closes it.
 */
export function FilterPanel({
  table,
  clauses,
  precisionOverrides,
  onClose,
}: {
  table: FilterTable;
  clauses: FilterClause[];
  precisionOverrides: [string, string][];
  onClose: () => void;
}) {
  const { rows, setRows, errors, onApply } = usePanelRows(table, clauses, precisionOverrides, onClose);
  return (
    <Sheet open onOpenChange={(open) => (open ? undefined : onClose())}>
      <SheetContent className="sm:max-w-xl">
        <SheetHeader>
          <SheetTitle>Filters</SheetTitle>
          <SheetDescription>
            Every filter must match. Amounts are in major units of their currency, e.g. 12.34 USD.
          </SheetDescription>
        </SheetHeader>
        <form onSubmit={onApply} noValidate className="flex min-h-0 flex-1 flex-col gap-3">
          <ul className="flex min-h-0 flex-1 flex-col gap-2 overflow-y-auto">
            {rows.map((row) => (
              <FilterRow
                key={row.id}
                table={table}
                row={row}
                error={errors[row.id]}
                onChange={(changed) =>
                  setRows((current) => current.map((r) => (r.id === row.id ? changed : r)))
                }
                onRemove={() => setRows((current) => current.filter((r) => r.id !== row.id))}
              />
            ))}
          </ul>
          {Object.keys(errors).length > 0 ? (
            <p role="alert" className="text-sm text-danger">
              Some filters cannot be applied yet: see the messages above.
            </p>
          ) : null}
          <div className="flex items-center gap-2 border-t pt-3">
            <Button
              variant="ghost"
              disabled={rows.length >= MAX_CLAUSES}
              onClick={() => setRows((current) => [...current, draftFrom(table)])}
            >
              <PlusIcon aria-hidden /> Add filter
            </Button>
            <Button type="submit" className="ml-auto">
              Apply filters
            </Button>
          </div>
        </form>
      </SheetContent>
    </Sheet>
  );
}
