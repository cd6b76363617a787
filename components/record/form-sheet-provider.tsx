"use client";

import * as React from "react";
import { LazyMount } from "@/components/ui/lazy-mount";
import type { ShortcutId } from "@/lib/keyboard/shortcuts";
import { useFormSheetSession } from "./use-form-sheet-session";

/** What a create sheet's provider offers the page: open it (with a preset), a page preset for the shortcut. */
export type FormSheetControls<P> = {
  open: (preset?: P) => void;
  /**
   * A page's preset for the shortcut (an identity page presets the owner, a balance page the source); returns
   * the clean-up that drops it again (only if it is still the one set).
   */
  setPagePreset: (preset: P) => () => void;
  /** False for a Viewer: create buttons hide themselves (the server refuses the action anyway). */
  canCreate: boolean;
};

/** The props every create sheet takes from its provider. */
export type FormSheetProps<P, C> = {
  preset: P;
  precisionOverrides: ReadonlyArray<readonly [string, string]>;
  onClose: () => void;
  onCreated: (created: C) => void;
};

export type FormSheetProviderProps = {
  children: React.ReactNode;
  precisionOverrides: ReadonlyArray<readonly [string, string]>;
  canCreate: boolean;
};

/**
 * One create sheet opened from anywhere: the provider, mounted once in a layout, owns the sheet and its
 * shortcut; `useControls` is how buttons and pages open it. The sheet (form, validation, lists) is a chunk
 * of its own, fetched when the browser is idle after the page has loaded: not in the page's first load, and
 * there before anyone presses the shortcut. `useOnCreated` is a hook giving what a success does after the
 * sheet closes (a toast, a refresh).
 */
export function createFormSheetProvider<P extends object, C>({
  name,
  shortcut,
  denied,
  load,
  useOnCreated,
}: {
  name: string;
  shortcut: ShortcutId;
  denied: string;
  load: () => Promise<React.ComponentType<FormSheetProps<P, C>>>;
  useOnCreated: () => (created: C) => void;
}) {
  const Context = React.createContext<FormSheetControls<P> | null>(null);
  const empty = {} as P;
  const Sheet = React.lazy(() => load().then((component) => ({ default: component })));

  function useControls(): FormSheetControls<P> {
    const value = React.use(Context);
    if (!value) throw new Error(`${name} needs its provider above it`);
    return value;
  }

  function Provider({ children, precisionOverrides, canCreate }: FormSheetProviderProps) {
    const afterCreate = useOnCreated();
    const { session, open, close, setPagePreset } = useFormSheetSession<P>({
      shortcut,
      canCreate,
      preload: load,
      denied,
      empty,
    });
    const onCreated = (created: C) => {
      close();
      afterCreate(created);
    };
    const value = React.useMemo(() => ({ open, setPagePreset, canCreate }), [open, setPagePreset, canCreate]);
    return (
      <Context value={value}>
        {children}
        <LazyMount when={session}>
          {(session) => (
            <Sheet
              key={session.id}
              preset={session.preset}
              precisionOverrides={precisionOverrides}
              onClose={close}
              onCreated={onCreated}
            />
          )}
        </LazyMount>
      </Context>
    );
  }

  return { Provider, useControls };
}
