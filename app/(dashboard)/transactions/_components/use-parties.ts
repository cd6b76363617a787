"use client";

import { useQuery } from "@tanstack/react-query";
import { unwrap } from "@/lib/actions/result";
import {
  type Parties,
  partyIdentifiers,
  type TransactionRow,
  transactionKeys,
} from "@/lib/transactions/types";
import { fetchTransactionParties } from "../_lib/actions";

/**
 * Who is behind the balances a page of rows names, in one batched lookup after the rows are on screen. Until
 * it answers (or if it fails) the cells show the balance IDs, so the rows never wait for the names.
 */
export function useParties(rows: readonly Pick<TransactionRow, "source" | "destination">[]): Parties {
  const identifiers = partyIdentifiers(rows);
  const query = useQuery({
    queryKey: transactionKeys.parties(identifiers),
    queryFn: async () => unwrap(await fetchTransactionParties(identifiers)),
    enabled: identifiers.length > 0,
    staleTime: 60_000,
  });
  return query.data ?? {};
}
