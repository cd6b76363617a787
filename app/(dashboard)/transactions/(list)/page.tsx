import { HandCoinsIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CreateTransactionButton } from "@/components/create-transaction/create-transaction-button";
import { BlnkErrorState } from "@/components/feedback/blnk-error-state";
import { FilterBar } from "@/components/filters/filter-bar";
import { openTablePage, type TablePageProps } from "@/components/record/table-page";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { transactionHref } from "@/lib/transactions/types";
import { TransactionsView } from "../_components/transactions-view";
import {
  findByReference,
  loadTransactionsList,
  MAX_REFERENCE_LENGTH,
  transactionsRequest,
} from "../_lib/queries";
import { parseTransactionsQuery } from "../_lib/search-params";

export const metadata: Metadata = { title: "Transactions" };

/** `?reference=…`: the transaction with that reference opens; none, or a reference no one could have, says so. */
async function ReferenceNotice({ reference }: { reference: string }) {
  if (reference.length <= MAX_REFERENCE_LENGTH) {
    const found = await findByReference(reference);
    if (found.ok && found.data) redirect(transactionHref(found.data.id));
    if (!found.ok) return <BlnkErrorState error={found.error} />;
  }
  const shown = reference.length > 80 ? `${reference.slice(0, 80)}…` : reference;
  return (
    <p role="status" className="mb-4 rounded-md border px-3 py-2 text-sm">
      No transaction has the reference <code className="font-mono text-xs break-all">{shown}</code>
      {reference.length > MAX_REFERENCE_LENGTH
        ? ` (references are at most ${MAX_REFERENCE_LENGTH} characters)`
        : ""}
      .
    </p>
  );
}

export default async function TransactionsPage({ searchParams }: TablePageProps) {
  const { params, scope } = await openTablePage("transactions", "/transactions", searchParams);
  const { reference, ...parsed } = parseTransactionsQuery(params);
  const query = { ...parsed, filters: scope.filters };
  const notice = reference ? await ReferenceNotice({ reference }) : null;
  const result = await loadTransactionsList(query);
  return (
    <>
      <PageHeader
        title="Transactions"
        actions={
          <>
            <Link href="/transactions/holds" className={buttonVariants({ variant: "secondary" })}>
              <HandCoinsIcon aria-hidden /> Holds
            </Link>
            <CreateTransactionButton />
          </>
        }
      />
      {notice}
      <FilterBar {...scope.bar(transactionsRequest(query))} />
      {result.ok ? (
        <TransactionsView key={query.filters ?? ""} query={query} initialPage={result.data} />
      ) : (
        <BlnkErrorState error={result.error} />
      )}
    </>
  );
}
