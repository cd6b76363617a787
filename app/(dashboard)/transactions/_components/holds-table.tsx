"use client";

import { AmountCell } from "@/components/transactions/cells";
import { LocalTime } from "@/components/ui/local-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { Parties } from "@/lib/transactions/types";
import { ageText, type OpenHoldRow } from "../_lib/holds-desk";
import type { HoldOutcome } from "../_lib/write-schemas";
import { PartyCells } from "./party-link";
import { TransactionIdLink } from "./transaction-id-link";

/** The desk's table: a checkbox per hold that may be settled, its amounts, parties, age, expiry and result. */
export function HoldsTable({
  rows,
  parties,
  loadedAt,
  selected,
  results,
  canSelect,
  onToggle,
  onToggleAll,
}: {
  rows: readonly OpenHoldRow[];
  parties: Parties;
  loadedAt: number;
  selected: ReadonlySet<string>;
  results: ReadonlyMap<string, HoldOutcome>;
  /** False for a Viewer: no checkboxes, nothing to act on. */
  canSelect: boolean;
  onToggle: (id: string) => void;
  onToggleAll: (ids: string[]) => void;
}) {
  const selectable = rows.filter((row) => isSelectable(row, results.get(row.id))).map((row) => row.id);
  const allSelected = selectable.length > 0 && selectable.every((id) => selected.has(id));
  return (
    <Table aria-label="Holds">
      <TableHeader>
        <TableRow isHeader>
          {canSelect ? (
            <TableHead className="w-10">
              <input
                type="checkbox"
                aria-label="Select all holds"
                checked={allSelected}
                disabled={selectable.length === 0}
                onChange={() => onToggleAll(allSelected ? [] : selectable)}
              />
            </TableHead>
          ) : null}
          <TableHead>Hold</TableHead>
          <TableHead align="right">Amount</TableHead>
          <TableHead align="right">Amount left</TableHead>
          <TableHead>Source</TableHead>
          <TableHead>Destination</TableHead>
          <TableHead>Age</TableHead>
          <TableHead>Expiry</TableHead>
          {results.size > 0 ? <TableHead>Result</TableHead> : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <HoldRow
            key={row.id}
            row={row}
            parties={parties}
            loadedAt={loadedAt}
            isSelected={selected.has(row.id)}
            result={results.get(row.id)}
            hasResults={results.size > 0}
            canSelect={canSelect}
            onToggle={onToggle}
          />
        ))}
      </TableBody>
    </Table>
  );
}

function HoldRow({
  row,
  parties,
  loadedAt,
  isSelected,
  result,
  hasResults,
  canSelect,
  onToggle,
}: {
  row: OpenHoldRow;
  parties: Parties;
  loadedAt: number;
  isSelected: boolean;
  result: HoldOutcome | undefined;
  hasResults: boolean;
  canSelect: boolean;
  onToggle: (id: string) => void;
}) {
  const label = row.reference || row.id;
  return (
    <TableRow data-state={isSelected ? "selected" : undefined}>
      {canSelect ? (
        <TableCell>
          <input
            type="checkbox"
            aria-label={`Select hold ${label}`}
            checked={isSelected}
            disabled={!isSelectable(row, result)}
            onChange={() => onToggle(row.id)}
          />
        </TableCell>
      ) : null}
      <TableCell>
        <TransactionIdLink id={row.id}>{label}</TransactionIdLink>
      </TableCell>
      <AmountCell money={row.amount} />
      <AmountCell money={row.left} />
      <PartyCells row={row} parties={parties} />
      <TableCell className="whitespace-nowrap tabular-nums" title={row.createdAt}>
        {ageText(row.createdAt, loadedAt)}
      </TableCell>
      <TableCell>
        <Expiry row={row} />
      </TableCell>
      {hasResults ? <TableCell>{result ? <ResultCell result={result} /> : null}</TableCell> : null}
    </TableRow>
  );
}

/** An expired hold cannot be settled from here (Blnk's expiry releases it); one already settled neither. */
function isSelectable(row: OpenHoldRow, result: HoldOutcome | undefined) {
  return !row.isExpired && result?.outcome !== "done";
}

function Expiry({ row }: { row: OpenHoldRow }) {
  if (!row.expiresAt) return <span className="text-muted-foreground">—</span>;
  return (
    <span className="inline-flex items-center gap-2">
      <LocalTime iso={row.expiresAt} />
      {row.isExpired ? (
        <span className="rounded-full border border-danger/50 px-2 py-0.5 text-xs font-medium text-danger">
          Expired
        </span>
      ) : null}
    </span>
  );
}

function ResultCell({ result }: { result: HoldOutcome }) {
  if (result.outcome === "done") {
    return (
      <span className="inline-flex items-center gap-2 text-positive">
        Done
        {result.transactionId ? (
          <TransactionIdLink id={result.transactionId} className="text-foreground" />
        ) : null}
      </span>
    );
  }
  const word = result.outcome === "refused" ? "Refused" : "No answer";
  return (
    <span className="text-danger">
      {word}: {result.message}
    </span>
  );
}
