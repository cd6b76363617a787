"use client";

import * as React from "react";
import { createShortcutRegistry, ROOT_SCOPE, type ShortcutRegistry } from "./registry";
import { SHORTCUTS, type ShortcutId } from "./shortcuts";

const RegistryContext = React.createContext<ShortcutRegistry | null>(null);
const ScopeContext = React.createContext<number>(ROOT_SCOPE);

/** Mounted once at the root: owns the single window keydown listener. */
export function ShortcutProvider({ children }: { children: React.ReactNode }) {
  const [registry] = React.useState(createShortcutRegistry);
  React.useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => registry.dispatch(event);
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [registry]);
  return <RegistryContext value={registry}>{children}</RegistryContext>;
}

function useRegistry() {
  const registry = React.use(RegistryContext);
  if (!registry) throw new Error("useShortcut needs a <ShortcutProvider> above it");
  return registry;
}

/** Wrap a modal overlay's content: while it is mounted, only shortcuts registered inside it fire. */
export function ShortcutScope({ children }: { children: React.ReactNode }) {
  const registry = useRegistry();
  const [scope] = React.useState(registry.allocateScope);
  React.useLayoutEffect(() => registry.pushScope(scope), [registry, scope]);
  return <ScopeContext value={scope}>{children}</ScopeContext>;
}

/**
 * Runs `onTrigger` when one of the shortcut's key combinations is pressed in this component's scope. Returning
 * false declines the key (e.g. Enter on a link inside a row), leaving it to the browser or other handlers.
 */
export function useShortcut(
  id: ShortcutId,
  // biome-ignore lint/suspicious/noConfusingVoidType: handlers that always act simply return nothing
  onTrigger: (event: KeyboardEvent) => boolean | void,
  { enabled = true }: { enabled?: boolean } = {},
) {
  const registry = useRegistry();
  const scope = React.use(ScopeContext);
  const latest = React.useRef(onTrigger);
  React.useEffect(() => {
    latest.current = onTrigger;
  });
  React.useEffect(() => {
    if (!enabled) return;
    return registry.register({
      scope,
      combos: SHORTCUTS[id].combos,
      run: (event) => (latest.current(event) === false ? false : undefined),
    });
  }, [registry, scope, id, enabled]);
}
