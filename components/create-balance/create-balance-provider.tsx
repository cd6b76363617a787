"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import * as React from "react";
import { ShortcutHint } from "@/components/shell/shortcut-hint";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { balanceKeys } from "@/lib/balances/keys";
import { whenIdle } from "@/lib/browser/when-idle";
import { useShortcut } from "@/lib/keyboard/use-shortcut";
import type { CreateBalancePreset } from "./create-balance-form";

type OpenOptions = CreateBalancePreset & {
  /** Where to go once created; by default the Balances table with the new balance's summary open. */
  onCreated?: (balanceId: string) => void;
};

type ContextValue = {
  open: (options?: OpenOptions) => void;
  /** A page's preset for ⌥B (an identity page presets the owner, a ledger page the ledger). */
  setPagePreset: (options: OpenOptions | null) => void;
  /** False for a Viewer: create buttons hide themselves (the server refuses the action anyway). */
  canCreate: boolean;
};

const CreateBalanceContext = React.createContext<ContextValue | null>(null);

// The sheet (form, validation, currency list) is a chunk of its own, fetched when the browser is idle after
// the page has loaded: it is not in the page's first load, and it is there before anyone presses ⌥B.
const loadSheet = () => import("./create-balance-sheet");
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
  // Each opening is a fresh form (and a fresh idempotency key).
  const [session, setSession] = React.useState<{ id: number; options: OpenOptions } | null>(null);
  const pagePreset = React.useRef<OpenOptions | null>(null);
  const nextId = React.useRef(1);

  // The sheet opens without a Radix trigger (a button anywhere, or ⌥B), so focus is returned by hand.
  const returnFocusTo = React.useRef<HTMLElement | null>(null);
  const open = React.useCallback((options: OpenOptions = {}) => {
    if (document.activeElement instanceof HTMLElement) returnFocusTo.current = document.activeElement;
    setSession((current) => current ?? { id: nextId.current++, options });
  }, []);
  const close = React.useCallback(() => {
    setSession(null);
    requestAnimationFrame(() => returnFocusTo.current?.focus());
  }, []);
  const setPagePreset = React.useCallback((options: OpenOptions | null) => {
    pagePreset.current = options;
  }, []);
  React.useEffect(() => {
    if (!canCreate) return;
    return whenIdle(() => void loadSheet());
  }, [canCreate]);
  useShortcut("createBalance", () => {
    if (canCreate) open(pagePreset.current ?? {});
    else toast({ title: "Creating balances needs the Operator or Admin role." });
  });

  const onCreated = (balanceId: string) => {
    const after = session?.options.onCreated;
    close();
    toast({ title: "Balance created", copyText: balanceId });
    void queryClient.invalidateQueries({ queryKey: balanceKeys.all });
    if (after) after(balanceId);
    else router.push(`/balances?balance=${encodeURIComponent(balanceId)}`);
  };

  const value = React.useMemo(() => ({ open, setPagePreset, canCreate }), [open, setPagePreset, canCreate]);
  return (
    <CreateBalanceContext value={value}>
      {children}
      {session ? (
        <React.Suspense fallback={null}>
          <CreateBalanceSheet
            key={session.id}
            isOpen
            preset={session.options}
            precisionOverrides={precisionOverrides}
            onClose={close}
            onCreated={onCreated}
          />
        </React.Suspense>
      ) : null}
    </CreateBalanceContext>
  );
}

/** A "Create balance" button with its ⌥B hint. */
export function CreateBalanceButton({ options }: { options?: OpenOptions }) {
  const { open, canCreate } = useCreateBalance();
  if (!canCreate) return null;
  return (
    <Button variant="primary" size="sm" onClick={() => open(options)} aria-keyshortcuts="Alt+B">
      Create balance
      <ShortcutHint id="createBalance" />
    </Button>
  );
}

/**
 * Mount on a page whose ⌥B should preset the create flow (an identity page presets the owner, a ledger page
 * the ledger); the preset is dropped when the page goes away.
 */
export function CreateBalancePagePreset({ options }: { options: OpenOptions }) {
  const { setPagePreset } = useCreateBalance();
  const latest = React.useRef(options);
  latest.current = options;
  React.useEffect(() => {
    setPagePreset(latest.current);
    return () => setPagePreset(null);
  }, [setPagePreset]);
  return null;
}

/** "New balance" for one owner: opens the create flow with that identity preset and locked. */
export function NewBalanceForOwnerButton({
  identity,
  label = "New balance",
}: {
  identity: { id: string; name: string };
  label?: string;
}) {
  const { open, canCreate } = useCreateBalance();
  const router = useRouter();
  const options: OpenOptions = { identity, onCreated: () => router.refresh() };
  if (!canCreate) return null;
  return (
    <>
      <CreateBalancePagePreset options={options} />
      <Button variant="primary" size="sm" onClick={() => open(options)} aria-keyshortcuts="Alt+B">
        {label}
        <ShortcutHint id="createBalance" />
      </Button>
    </>
  );
}
