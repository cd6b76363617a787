import { isSingleKey, isTextField, type KeyCombo, matchesCombo } from "./combo";

/** `run` returns false to decline (the key is not for it right now): the event then goes on untouched. */
type Handler = {
  scope: number;
  combos: readonly KeyCombo[];
  run: (event: KeyboardEvent) => boolean | undefined;
};

export const ROOT_SCOPE = 0;

/**
 * The one place keyboard shortcuts are dispatched. Scopes form a stack: the page is the root, and each modal
 * overlay (dialog, sheet) pushes its own. Only handlers of the top scope fire, so `E` on the page does
 * nothing while a dialog is open, and an overlay's own shortcuts stop when it closes.
 */
export function createShortcutRegistry() {
  const handlers = new Set<Handler>();
  const stack: number[] = [ROOT_SCOPE];
  let nextScope = ROOT_SCOPE + 1;

  return {
    allocateScope: () => nextScope++,
    pushScope(scope: number) {
      stack.push(scope);
      return () => {
        const index = stack.lastIndexOf(scope);
        if (index > 0) stack.splice(index, 1);
      };
    },
    register(handler: Handler) {
      handlers.add(handler);
      return () => {
        handlers.delete(handler);
      };
    },
    dispatch(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing) return;
      const top = stack[stack.length - 1];
      // Newest registration first: a page-specific handler mounted later overrides a general one.
      for (const handler of [...handlers].reverse()) {
        if (handler.scope !== top) continue;
        const combo = handler.combos.find((c) => matchesWithFieldRule(event, c));
        if (!combo) continue;
        if (handler.run(event) === false) continue;
        event.preventDefault();
        return;
      }
    },
  };
}

function matchesWithFieldRule(event: KeyboardEvent, combo: KeyCombo) {
  return matchesCombo(event, combo) && !(isSingleKey(combo) && isTextField(event.target));
}

export type ShortcutRegistry = ReturnType<typeof createShortcutRegistry>;
