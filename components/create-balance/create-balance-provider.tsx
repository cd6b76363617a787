"use client";

import { type QueryClient, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import * as React from "react";
import { useFormSheetSession } from "@/components/record/use-form-sheet-session";
import { toast } from "@/components/ui/toast";
import { balanceKeys } from "@/lib/balances/types";
import type { CreateBalancePreset, CreatedBalance } from "./create-balance-form";

type ContextValue = {
  open: (preset?: CreateBalancePreset) => void;
  /**
   * A page's preset for ⌥B (an identity page presets the owner, a ledger page the ledger); returns the
   * clean-up that drops it again (only if it is still the one set).
   */
  setPagePreset: (preset: CreateBalancePreset) => () => void;
  /** False for a Viewer: create buttons hide themselves (the server refuses the action anyway). */
  canCreate: boolean;
};

const CreateBalanceContext = React.createContext<ContextValue | null>(null);

// The sheet (form, validation, currency list) is a chunk of its own, fetched when the browser is idle after
// the page has loaded: it is not in the page's first load, and it is there before anyone presses ⌥B.
const loadSheet = () => import("./create-balance-sheet");
const NO_PRESET: CreateBalancePreset = {};
const CreateBalanceSheet = React.lazy(() =>
  loadSheet().then((module) => ({ default: module.CreateBalanceSheet })),
);

export function useCreateBalance(): ContextValue {
  const value = React.use(CreateBalanceContext);
  if (!value) throw new Error("useCreateBalance needs a <CreateBalanceProvider> above it");
  return value;
}

/** Mounted once in the dashboard layout: owns the sheet and ⌥B / Alt+B from anywhere. */
export function CreateBalanceProvider({
  children,
  precisionOverrides,
  canCreate,
}: {
  children: React.ReactNode;
  precisionOverrides: ReadonlyArray<readonly [string, string]>;
  canCreate: boolean;
}) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const { session, open, close, setPagePreset } = useFormSheetSession<CreateBalancePreset>({
    shortcut: "createBalance",
    canCreate,
    preload: loadSheet,
    denied: "Creating balances needs the Operator or Admin role.",
    empty: NO_PRESET,
  });

  const onCreated = (created: CreatedBalance) => {
    close();
    toast({ title: "Balance created", copyText: created.balanceId });
    showCreated(created, queryClient, router);
  };

  const value = React.useMemo(() => ({ open, setPagePreset, canCreate }), [open, setPagePreset, canCreate]);
  return (
    <CreateBalanceContext value={value}>
      {children}
      {session ? (
        <React.Suspense fallback={null}>
          <CreateBalanceSheet
            key={session.id}
            preset={session.preset}
            precisionOverrides={precisionOverrides}
            onClose={close}
            onCreated={onCreated}
          />
        </React.Suspense>
      ) : null}
    </CreateBalanceContext>
  );
}

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
