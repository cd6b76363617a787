import type { Metadata } from "next";
import type * as React from "react";
import { AuditTable } from "@/app/(dashboard)/audit/_components/audit-table";
import { VerifyChainButton } from "@/app/(dashboard)/audit/_components/verify-chain-button";
import {
  AUDIT_ACTIONS,
  AUDIT_PAGE_SIZE,
  type AuditQuery,
  auditExportHref,
  auditFilters,
  auditHref,
  parseAuditQuery,
} from "@/app/(dashboard)/audit/_lib/query";
import { ExportButton } from "@/components/export/export-button";
import { buttonVariants } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { latestAuditSeq, listAudit } from "@/lib/audit/store";
import { requirePageRole } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const LABEL = "flex flex-col gap-1 text-xs text-muted-foreground";

/** One text or date filter, labelled, named as its URL parameter. */
function FilterInput({
  name,
  label,
  query,
  ...input
}: {
  name: "who" | "record" | "from" | "to";
  label: string;
  query: AuditQuery;
} & React.ComponentProps<"input">) {
  return (
    <label className={LABEL} htmlFor={`audit-${name}`}>
      {label}
      <Input id={`audit-${name}`} name={name} defaultValue={query[name]} {...input} />
    </label>
  );
}

/** Filters as a plain GET form: the URL holds the view, so reload, Back and a shared link keep it. */
function AuditFilterForm({ query }: { query: AuditQuery }) {
  return (
    <form
      method="get"
      action="/audit"
      aria-label="Filter the audit log"
      className="mb-4 flex flex-wrap items-end gap-3"
    >
      <FilterInput name="who" label="Who" query={query} placeholder="Email or user ID" className="w-56" />
      <label className={LABEL} htmlFor="audit-action">
        Action
        <Select id="audit-action" name="action" defaultValue={query.action} className="text-foreground">
          <option value="">Any action</option>
          {Object.entries(AUDIT_ACTIONS).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </Select>
      </label>
      <FilterInput name="record" label="Record ID" query={query} placeholder="bln_…" className="w-64" />
      <FilterInput name="from" label="From" query={query} type="date" className="w-40" />
      <FilterInput name="to" label="To" query={query} type="date" className="w-40" />
      <button type="submit" className={buttonVariants({ variant: "secondary", size: "md" })}>
        Apply
      </button>
    </form>
  );
}

/** Downloads of every entry the filters match, fixed at the newest entry now, each with its manifest. */
function ExportLinks({ query, through }: { query: AuditQuery; through: number }) {
  const link = "text-sm underline-offset-2 hover:underline";
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <span className="text-muted-foreground">Export:</span>
      {(["csv", "jsonl"] as const).map((format) => (
        <span key={format} className="flex items-center gap-1">
          <a className={link} href={auditExportHref(query, format, through)} download>
            {format === "csv" ? "CSV" : "JSON Lines"}
          </a>
          <a
            className={`${link} text-muted-foreground`}
            href={auditExportHref(query, format, through, true)}
            download
          >
            (manifest)
          </a>
        </span>
      ))}
    </div>
  );
}

/** The page's filters as the export's query. */
function auditParams(query: AuditQuery): [string, string][] {
  const { page: _, ...filters } = query;
  return Object.entries(filters).filter(([, value]) => value !== "");
}

/** `/audit` (Admins and Auditors): every write through Ledger Desk and every sign-in, newest first. */
export default async function AuditPage({ searchParams }: Props) {
  await requirePageRole("oversight");
  const query = parseAuditQuery(await searchParams);
  const [found, through] = await Promise.all([
    listAudit({
      filters: auditFilters(query),
      limit: AUDIT_PAGE_SIZE + 1,
      offset: (query.page - 1) * AUDIT_PAGE_SIZE,
    }),
    latestAuditSeq(),
  ]);
  const entries = found.slice(0, AUDIT_PAGE_SIZE);
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every write through Ledger Desk and every sign-in, newest first. No one can change an entry: each carries the hash of the one before it."
        actions={<VerifyChainButton />}
      />
      <AuditFilterForm query={query} />
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <ExportLinks query={query} through={through} />
        <ExportButton path="/api/export/audit" params={auditParams(query)} what="the audit log" />
      </div>
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
