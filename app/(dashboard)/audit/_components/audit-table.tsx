import Link from "next/link";
import { AUDIT_ACTIONS } from "@/app/(dashboard)/audit/_lib/query";
import { LocalTime } from "@/components/ui/local-time";
import { Table, TableBody, TableCell, TableColumns, TableRow } from "@/components/ui/table";
import type { StoredAuditEntry } from "@/lib/audit/chain";

// Each entry, newest first. A write shows twice: its attempt (with what was sent) and its outcome.

const RECORD_PAGES: Record<string, (id: string) => string> = {
  balance: (id) => `/balances/${encodeURIComponent(id)}`,
  identity: (id) => `/identities/${encodeURIComponent(id)}`,
  ledger: (id) => `/ledgers/${encodeURIComponent(id)}`,
  user: () => "/settings/users",
};

function RecordCell({ entry }: { entry: StoredAuditEntry }) {
  if (!entry.recordId) return <span className="text-muted-foreground">—</span>;
  const href = entry.recordType ? RECORD_PAGES[entry.recordType]?.(entry.recordId) : undefined;
  const text = <span className="font-mono text-xs">{entry.recordId}</span>;
  return href ? (
    <Link href={href} className="underline-offset-2 hover:underline">
      {text}
    </Link>
  ) : (
    text
  );
}

function outcomeText(entry: StoredAuditEntry): string {
  if (entry.outcome === "attempted") return "Sent";
  if (entry.outcome === "ok") return entry.attemptSeq ? `OK (for #${entry.attemptSeq})` : "OK";
  return entry.attemptSeq ? `${entry.outcome} (for #${entry.attemptSeq})` : entry.outcome;
}

export function AuditTable({ entries }: { entries: StoredAuditEntry[] }) {
  return (
    <Table aria-label="Audit log">
      <TableColumns columns={["#", "When", "Who", "Action", "Record", "Outcome", "From"]} />
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={entry.seq} data-seq={entry.seq}>
            <TableCell className="text-muted-foreground tabular-nums">{entry.seq}</TableCell>
            <TableCell className="whitespace-nowrap">
              <LocalTime iso={new Date(entry.at).toISOString()} />
            </TableCell>
            <TableCell>
              {entry.actorEmail ?? entry.actorId}
              {entry.actorRole ? (
                <span className="ml-1 text-xs text-muted-foreground">{entry.actorRole}</span>
              ) : null}
            </TableCell>
            <TableCell>
              {AUDIT_ACTIONS[entry.action] ?? entry.action}
              {entry.request ? (
                <details className="text-xs">
                  <summary className="cursor-pointer text-muted-foreground">Request</summary>
                  <pre className="max-w-md overflow-x-auto whitespace-pre-wrap break-all font-mono">
                    {entry.request}
                  </pre>
                </details>
              ) : null}
            </TableCell>
            <TableCell>
              <RecordCell entry={entry} />
            </TableCell>
            <TableCell>{outcomeText(entry)}</TableCell>
            <TableCell className="font-mono text-xs text-muted-foreground">
              {entry.clientAddress ?? "—"}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
