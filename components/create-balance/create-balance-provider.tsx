"use client";

import { type QueryClient, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { createFormSheetProvider } from "@/components/record/form-sheet-provider";
import { toast } from "@/components/ui/toast";
import { balanceKeys } from "@/lib/balances/types";
import type { CreateBalancePreset, CreatedBalance } from "./create-balance-form";

const { Provider, useControls } = createFormSheetProvider<CreateBalancePreset, CreatedBalance>({
  name: "useCreateBalance",
  shortcut: "createBalance",
  denied: "Creating balances needs the Operator or Admin role.",
  load: () => import("./create-balance-sheet").then((module) => module.CreateBalanceSheet),
  useOnCreated: () => {
    const router = useRouter();
    const queryClient = useQueryClient();
    return (created) => {
      toast({ title: "Balance created", copyText: created.balanceId });
      showCreated(created, queryClient, router);
    };
  },
});

/** Opens "Create balance" (with a preset), and a page's preset for ⌥B. */
export const useCreateBalance = useControls;

/** Mounted once in the dashboard and embed layouts: owns the sheet and ⌥B / Alt+B from anywhere. */
export const CreateBalanceProvider = Provider;

/**
 * After a create, the list is loaded once. A page showing a balances list on its first page (newest first:
 * where the new balance is) keeps it: the list and count re-fetch and the summary opens in `?balance=`, with
 * no navigation. Any other page goes to a page that shows it (its own first page, or the Balances table),
 * with the cached lists dropped rather than re-fetched, so the server's render is the one load.
 */
function showCreated(
  created: CreatedBalance,
  queryClient: QueryClient,
  router: ReturnType<typeof useRouter>,
) {
  const { balanceId } = created;
  const url = new URL(window.location.href);
  const hasList =
    queryClient.getQueryCache().findAll({ queryKey: balanceKeys.lists(), type: "active" }).length > 0;
  const isFirstPage = (url.searchParams.get("page") ?? "1") === "1";
  url.searchParams.set("balance", balanceId);
  if (hasList && isFirstPage) {
    void queryClient.invalidateQueries({ queryKey: balanceKeys.lists(), refetchType: "active" });
    countCreated(created, queryClient);
    window.history.pushState(null, "", `${url.pathname}${url.search}`);
    return;
  }
  queryClient.removeQueries({ queryKey: balanceKeys.all });
  url.searchParams.delete("page");
  const target = hasList
    ? `${url.pathname}${url.search}`
    : `/balances?balance=${encodeURIComponent(balanceId)}`;
  router.push(target, { scroll: false });
}

/**
 * Totals on screen go up by one where the new balance belongs (its ledger, its owner, or no filter): the
 * create succeeded, so this is exact, and it saves counting a large ledger again. A replayed create (made
 * by an earlier submission) may be counted already: those totals are counted again instead.
 */
function countCreated(created: CreatedBalance, queryClient: QueryClient) {
  for (const query of queryClient.getQueryCache().findAll({ queryKey: balanceKeys.counts() })) {
    const [, , identityId, ledgerId] = query.queryKey as ReturnType<typeof balanceKeys.count>;
    const belongs =
      (!identityId || identityId === created.identityId) && (!ledgerId || ledgerId === created.ledgerId);
    if (!belongs) continue;
    if (created.wasRetry) void queryClient.invalidateQueries({ queryKey: query.queryKey, exact: true });
    else
      queryClient.setQueryData<number | null>(query.queryKey, (count) => (count == null ? count : count + 1));
  }
}
