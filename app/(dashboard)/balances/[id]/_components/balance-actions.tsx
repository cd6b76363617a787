"use client";

import { ChevronDownIcon, HistoryIcon, RotateCcwIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import * as React from "react";
import { type ActionMenuItem, LazyActionMenu } from "@/components/record/lazy-action-menu";
import { Button } from "@/components/ui/button";
import { asOfHref } from "../_lib/as-of";

const loadHistoricalDialog = () => import("./historical-balance-dialog");
const HistoricalBalanceDialog = React.lazy(() =>
  loadHistoricalDialog().then((module) => ({ default: module.HistoricalBalanceDialog })),
);

/**
 * "Actions" on a balance's page: "View historical balance" (the dialog), and while a moment is shown, "View
 * current balance" too.
 */
export function BalanceActions({
  balanceId,
  createdAt,
  asOf,
}: {
  balanceId: string;
  createdAt: string;
  /** The moment shown (`?at=`), or null for the current balance. */
  asOf: string | null;
}) {
  const router = useRouter();
  const [isHistoricalOpen, setHistoricalOpen] = React.useState(false);
  const openHistorical = () => {
    void loadHistoricalDialog();
    setHistoricalOpen(true);
  };
  const items: ActionMenuItem[] = [
    ...(asOf
      ? [
          {
            label: "View current balance",
            icon: RotateCcwIcon,
            onSelect: () => router.push(asOfHref(balanceId, null)),
          },
        ]
      : []),
    { label: "View historical balance", icon: HistoryIcon, onSelect: openHistorical },
  ];
  return (
    <>
      <LazyActionMenu
        trigger={(props) => (
          <Button variant="secondary" size="sm" {...props}>
            Actions
            <ChevronDownIcon aria-hidden />
          </Button>
        )}
        items={items}
      />
      {isHistoricalOpen ? (
        <React.Suspense fallback={null}>
          <HistoricalBalanceDialog
            balanceId={balanceId}
            createdAt={createdAt}
            initial={asOf}
            onClose={() => setHistoricalOpen(false)}
          />
        </React.Suspense>
      ) : null}
    </>
  );
}
