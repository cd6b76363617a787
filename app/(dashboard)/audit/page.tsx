import type { Metadata } from "next";
import { AuditTable } from "@/app/(dashboard)/audit/_components/audit-table";
import { VerifyChainButton } from "@/app/(dashboard)/audit/_components/verify-chain-button";
import {
  AUDIT_ACTIONS,
  AUDIT_PAGE_SIZE,
  type AuditQuery,
  auditFilters,
  auditHref,
  parseAuditQuery,
} from "@/app/(dashboard)/audit/_lib/query";
import { buttonVariants } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { listAudit } from "@/lib/audit/store";
import { requirePageRole } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Filters as a plain GET form: the URL holds the view, so reload, Back and a shared link keep it. */
function AuditFilterForm({ query }: { query: AuditQuery }) {
  const label = "flex flex-col gap-1 text-xs text-muted-foreground";
  return (
    <form
      method="get"
      action="/audit"
      aria-label="Filter the audit log"
      className="mb-4 flex flex-wrap items-end gap-3"
    >
      <label className={label}>
        Who
        <Input name="who" defaultValue={query.who} placeholder="Email or user ID" className="w-56" />
      </label>
      <label className={label}>
        Action
        <select
          name="action"
          defaultValue={query.action}
          className="h-9 rounded border border-input bg-background px-2 text-sm text-foreground"
        >
          <option value="">Any action</option>
          {Object.entries(AUDIT_ACTIONS).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      </label>
      <label className={label}>
        Record ID
        <Input name="record" defaultValue={query.record} placeholder="bln_…" className="w-64" />
      </label>
      <label className={label}>
        From
        <Input type="date" name="from" defaultValue={query.from} className="w-40" />
      </label>
      <label className={label}>
        To
        <Input type="date" name="to" defaultValue={query.to} className="w-40" />
      </label>
      <button type="submit" className={buttonVariants({ variant: "secondary", size: "md" })}>
        Apply
      </button>
    </form>
  );
}

/** `/audit` (Admins and Auditors): every write through Ledger Desk and every sign-in, newest first. */
export default async function AuditPage({ searchParams }: Props) {
  await requirePageRole("oversight");
  const query = parseAuditQuery(await searchParams);
  const found = await listAudit({
    filters: auditFilters(query),
    limit: AUDIT_PAGE_SIZE + 1,
    offset: (query.page - 1) * AUDIT_PAGE_SIZE,
  });
  const entries = found.slice(0, AUDIT_PAGE_SIZE);
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every write through Ledger Desk and every sign-in, newest first. No one can change an entry: each carries the hash of the one before it."
        actions={<VerifyChainButton />}
      />
      <AuditFilterForm query={query} />
      {entries.length === 0 ? (
        <p className="rounded-md border p-10 text-center text-sm text-muted-foreground">
          {query.page === 1 ? "No entries match." : "There are no entries on this page."}
        </p>
      ) : (
        <AuditTable entries={entries} />
      )}
      <div className="mt-3">
        <Pagination
          page={query.page}
          hasNext={found.length > AUDIT_PAGE_SIZE}
          hrefFor={(page) => auditHref(query, { page })}
          label="Audit log pages"
        />
      </div>
    </>
  );
}
