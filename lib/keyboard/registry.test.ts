import { describe, expect, it, vi } from "vitest";
import type { KeyCombo } from "./combo";
import { createShortcutRegistry, ROOT_SCOPE } from "./registry";

type FakeEvent = KeyboardEvent & { prevented: boolean };

function press(init: { code: string; key?: string; altKey?: boolean; shiftKey?: boolean; target?: unknown }) {
  const event = {
    key: "",
    altKey: false,
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    isComposing: false,
    defaultPrevented: false,
    target: { tagName: "BODY", getAttribute: () => null },
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
    ...init,
  };
  return event as unknown as FakeEvent;
}

const E: KeyCombo = { code: "KeyE" };
const ALT_B: KeyCombo = { code: "KeyB", alt: true };

describe("shortcut registry", () => {
  it("runs the matching handler and prevents the browser default", () => {
    const registry = createShortcutRegistry();
    const run = vi.fn();
    registry.register({ scope: ROOT_SCOPE, combos: [ALT_B], run });
    const event = press({ code: "KeyB", key: "∫", altKey: true });
    registry.dispatch(event);
    expect(run).toHaveBeenCalledTimes(1);
    expect(event.prevented).toBe(true);
  });

  it("ignores single-key shortcuts in text fields but not modifier shortcuts", () => {
    const registry = createShortcutRegistry();
    const onE = vi.fn();
    const onAltB = vi.fn();
    registry.register({ scope: ROOT_SCOPE, combos: [E], run: onE });
    registry.register({ scope: ROOT_SCOPE, combos: [ALT_B], run: onAltB });
    const input = { tagName: "INPUT", type: "text", getAttribute: () => null };
    registry.dispatch(press({ code: "KeyE", key: "e", target: input }));
    registry.dispatch(press({ code: "KeyB", key: "B", altKey: true, target: input }));
    expect(onE).not.toHaveBeenCalled();
    expect(onAltB).toHaveBeenCalledTimes(1);
  });

  it("respects events another handler already handled", () => {
    const registry = createShortcutRegistry();
    const run = vi.fn();
    registry.register({ scope: ROOT_SCOPE, combos: [E], run });
    registry.dispatch({ ...press({ code: "KeyE" }), defaultPrevented: true } as FakeEvent);
    expect(run).not.toHaveBeenCalled();
  });

  it("only fires handlers of the top scope, and resumes the page when the overlay closes", () => {
    const registry = createShortcutRegistry();
    const onPage = vi.fn();
    const onOverlay = vi.fn();
    registry.register({ scope: ROOT_SCOPE, combos: [E], run: onPage });
    const overlay = registry.allocateScope();
    const popOverlay = registry.pushScope(overlay);
    registry.register({ scope: overlay, combos: [E], run: onOverlay });

    registry.dispatch(press({ code: "KeyE" }));
    expect(onOverlay).toHaveBeenCalledTimes(1);
    expect(onPage).not.toHaveBeenCalled();

    popOverlay();
    registry.dispatch(press({ code: "KeyE" }));
    expect(onPage).toHaveBeenCalledTimes(1);
  });

  it("lets the newest registration win and stops unregistered handlers", () => {
    const registry = createShortcutRegistry();
    const general = vi.fn();
    const specific = vi.fn();
    registry.register({ scope: ROOT_SCOPE, combos: [ALT_B], run: general });
    const unregister = registry.register({ scope: ROOT_SCOPE, combos: [ALT_B], run: specific });
    registry.dispatch(press({ code: "KeyB", altKey: true }));
    expect(specific).toHaveBeenCalledTimes(1);
    expect(general).not.toHaveBeenCalled();
    unregister();
    registry.dispatch(press({ code: "KeyB", altKey: true }));
    expect(general).toHaveBeenCalledTimes(1);
  });

  it("lets a handler decline so the key goes to the next handler or the browser", () => {
    const registry = createShortcutRegistry();
    const fallback = vi.fn();
    registry.register({ scope: ROOT_SCOPE, combos: [E], run: fallback });
    registry.register({ scope: ROOT_SCOPE, combos: [E], run: () => false });
    const event = press({ code: "KeyE" });
    registry.dispatch(event);
    expect(fallback).toHaveBeenCalledTimes(1);
    expect(event.prevented).toBe(true);

    const alone = createShortcutRegistry();
    alone.register({ scope: ROOT_SCOPE, combos: [E], run: () => false });
    const untouched = press({ code: "KeyE" });
    alone.dispatch(untouched);
    expect(untouched.prevented).toBe(false);
  });
});
