"use client";

import { BracesIcon, ChevronDownIcon, HistoryIcon, RotateCcwIcon, UserRoundPenIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import * as React from "react";
import { type ActionMenuItem, LazyActionMenu } from "@/components/record/lazy-action-menu";
import { Button } from "@/components/ui/button";
import { asOfHref } from "../_lib/as-of";

const loadAssignDialog = () => import("./assign-identity-dialog");
const AssignIdentityDialog = React.lazy(() =>
  loadAssignDialog().then((module) => ({ default: module.AssignIdentityDialog })),
);
const loadHistoricalDialog = () => import("./historical-balance-dialog");
const HistoricalBalanceDialog = React.lazy(() =>
  loadHistoricalDialog().then((module) => ({ default: module.HistoricalBalanceDialog })),
);

const loadMetadataDialog = () => import("@/components/metadata/edit-metadata-dialog");
const EditMetadataDialog = React.lazy(() =>
  loadMetadataDialog().then((module) => ({ default: module.EditMetadataDialog })),
);

type Dialog = "historical" | "identity" | "metadata" | null;

/**
 * "Actions" on a balance's page: "View historical balance" (and while a moment is shown, "View current
 * balance"), and for an Operator "Assign identity" and "Edit metadata".
 */
export function BalanceActions({
  balanceId,
  createdAt,
  asOf,
  owner,
  tracksLineage,
  metadataJson,
  canEdit,
}: {
  balanceId: string;
  createdAt: string;
  /** The moment shown (`?at=`), or null for the current balance. */
  asOf: string | null;
  owner: { id: string; name: string } | null;
  tracksLineage: boolean;
  /** The balance's metadata as its page prints it. */
  metadataJson: string | null;
  /** The person may change the balance's owner and metadata (an Operator); the server checks again. */
  canEdit: boolean;
}) {
  const router = useRouter();
  const [dialog, setDialog] = React.useState<Dialog>(null);
  const open = (which: Exclude<Dialog, null>, load: () => Promise<unknown>) => () => {
    void load();
    setDialog(which);
  };
  const close = () => setDialog(null);
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
    {
      label: "View historical balance",
      icon: HistoryIcon,
      onSelect: open("historical", loadHistoricalDialog),
    },
    ...(canEdit
      ? [
          { label: "Assign identity", icon: UserRoundPenIcon, onSelect: open("identity", loadAssignDialog) },
          { label: "Edit metadata", icon: BracesIcon, onSelect: open("metadata", loadMetadataDialog) },
        ]
      : []),
  ];
  const dialogs: Record<Exclude<Dialog, null>, () => React.ReactNode> = {
    historical: () => (
      <HistoricalBalanceDialog balanceId={balanceId} createdAt={createdAt} initial={asOf} onClose={close} />
    ),
    identity: () => (
      <AssignIdentityDialog
        balanceId={balanceId}
        owner={owner}
        tracksLineage={tracksLineage}
        onClose={close}
      />
    ),
    metadata: () => <EditMetadataDialog entityId={balanceId} metadataJson={metadataJson} onClose={close} />,
  };
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
      <React.Suspense fallback={null}>{dialog ? dialogs[dialog]() : null}</React.Suspense>
    </>
  );
}
