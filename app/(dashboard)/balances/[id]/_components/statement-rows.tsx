import Link from "next/link";
import type { ReactNode } from "react";
import { AmountCell } from "@/components/transactions/cells";
import { LocalTime } from "@/components/ui/local-time";
import { Pagination } from "@/components/ui/pagination";
import { Table, TableBody, TableCell, TableColumns, TableRow } from "@/components/ui/table";
import { statementHref } from "@/lib/statement/period";
import type { StatementView } from "../_lib/statement-view";

const COLUMNS = [
  "Date",
  "Reference",
  "Description",
  { label: "Credit", align: "right" },
  { label: "Debit", align: "right" },
  { label: "Balance", align: "right" },
] as const;

/** Every movement of the period, oldest first, with the running balance after it; paged. */
export function StatementRows({ view }: { view: StatementView }) {
  return (
    <section aria-labelledby="statement-movements" className="flex flex-col gap-3">
      <h2 id="statement-movements" className="text-base font-semibold">
        Movements
      </h2>
      <Table aria-labelledby="statement-movements">
        <TableColumns columns={COLUMNS} />
        <TableBody>
          {view.rows.length === 0 ? (
            <TableRow>
              <TableCell colSpan={COLUMNS.length} className="text-center text-muted-foreground">
                No movements in this period.
              </TableCell>
            </TableRow>
          ) : (
            view.rows.map((row) => (
              <TableRow key={row.id}>
                <WhenAndWhich at={row.at} id={row.id} reference={row.reference}>
                  {row.holdId ? (
                    <span className="block text-xs text-muted-foreground">
                      Commit of{" "}
                      <Link
                        href={`/transactions/${encodeURIComponent(row.holdId)}`}
                        className="hover:underline"
                      >
                        a hold
                      </Link>
                    </span>
                  ) : null}
                </WhenAndWhich>
                <TableCell className="max-w-64 truncate">{row.description}</TableCell>
                <AmountCell money={row.credit} />
                <AmountCell money={row.debit} />
                <AmountCell money={row.running} />
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
      {view.pageCount > 1 ? (
        <Pagination
          label="Statement pages"
          page={view.page}
          hasNext={view.page < view.pageCount}
          hrefFor={(page) => statementHref(view.balanceId, view.period, page)}
        />
      ) : null}
    </section>
  );
}

const STANDING = { held: "Held", committed: "Committed", voided: "Voided" } as const;

/** Holds placed in the period: they change the inflight balance, not the balance, until committed. */
export function StatementHolds({ view }: { view: StatementView }) {
  if (!view.holds || view.holds.holds.length === 0) return null;
  return (
    <section aria-labelledby="statement-holds" className="flex flex-col gap-3">
      <h2 id="statement-holds" className="text-base font-semibold">
        Holds placed in this period
      </h2>
      <p className="text-sm text-muted-foreground">
        A hold moves nothing until it is committed; each commit is listed among the movements on its own date.
        {view.holds.more ? " The first 50 are shown." : ""}
      </p>
      <Table aria-labelledby="statement-holds">
        <TableColumns
          columns={[
            "Placed",
            "Reference",
            "Direction",
            { label: "Amount", align: "right" },
            "Status",
            { label: "Still held", align: "right" },
          ]}
        />
        <TableBody>
          {view.holds.holds.map((hold) => (
            <TableRow key={hold.id}>
              <WhenAndWhich at={hold.at} id={hold.id} reference={hold.reference} />
              <TableCell>{hold.direction === "credit" ? "Credit" : "Debit"}</TableCell>
              <AmountCell money={hold.amount} />
              <TableCell>{STANDING[hold.standing]}</TableCell>
              <AmountCell money={hold.left} />
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

/** A row's first two cells: when (local time) and which transaction (its reference, linked). */
function WhenAndWhich({
  at,
  id,
  reference,
  children,
}: {
  at: string;
  id: string;
  reference: string;
  children?: ReactNode;
}) {
  return (
    <>
      <TableCell className="whitespace-nowrap">
        <LocalTime iso={at} />
      </TableCell>
      <TableCell>
        <Link href={`/transactions/${encodeURIComponent(id)}`} className="font-mono text-xs hover:underline">
          {reference || id}
        </Link>
        {children}
      </TableCell>
    </>
  );
}
