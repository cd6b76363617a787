import { describe, expect, it } from "vitest";
import { comboLabels, isTextField, type KeyEventLike, matchesCombo } from "./combo";
import { SHORTCUTS } from "./shortcuts";

const key = (init: Partial<KeyEventLike> & { code: string }): KeyEventLike => ({
  key: "",
  altKey: false,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  ...init,
});

describe("matchesCombo", () => {
  const createBalance = SHORTCUTS.createBalance.combos[0];

  it("matches Alt+B by code whatever character it produced", () => {
    expect(matchesCombo(key({ code: "KeyB", key: "B", altKey: true }), createBalance)).toBe(true); // Playwright
    expect(matchesCombo(key({ code: "KeyB", key: "∫", altKey: true }), createBalance)).toBe(true); // macOS
  });

  it("does not match without the modifier, with extra modifiers, or on key alone", () => {
    expect(matchesCombo(key({ code: "KeyB", key: "b" }), createBalance)).toBe(false);
    expect(matchesCombo(key({ code: "KeyB", key: "B", altKey: true, ctrlKey: true }), createBalance)).toBe(
      false,
    );
    expect(matchesCombo(key({ code: "KeyN", key: "b", altKey: true }), createBalance)).toBe(false);
  });

  it("matches ? as Shift+Slash, or as the character on layouts where it lives elsewhere", () => {
    const help = SHORTCUTS.help.combos[0];
    expect(matchesCombo(key({ code: "Slash", key: "?", shiftKey: true }), help)).toBe(true);
    expect(matchesCombo(key({ code: "Minus", key: "?", shiftKey: true }), help)).toBe(true); // German layout
    expect(matchesCombo(key({ code: "Slash", key: "/" }), help)).toBe(false);
  });

  it("keeps Shift significant for plain keys", () => {
    const expand = SHORTCUTS.expand.combos[0];
    expect(matchesCombo(key({ code: "KeyE", key: "e" }), expand)).toBe(true);
    expect(matchesCombo(key({ code: "KeyE", key: "E", shiftKey: true }), expand)).toBe(false);
  });
});

describe("isTextField", () => {
  const el = (tagName: string, extra: Record<string, unknown> = {}) => ({
    tagName,
    getAttribute: () => null,
    ...extra,
  });

  it("treats typing targets as text fields", () => {
    expect(isTextField(el("INPUT", { type: "text" }) as unknown as EventTarget)).toBe(true);
    expect(isTextField(el("INPUT", { type: "search" }) as unknown as EventTarget)).toBe(true);
    expect(isTextField(el("TEXTAREA") as unknown as EventTarget)).toBe(true);
    expect(isTextField(el("DIV", { isContentEditable: true }) as unknown as EventTarget)).toBe(true);
    const combobox = el("DIV", { getAttribute: (n: string) => (n === "role" ? "combobox" : null) });
    expect(isTextField(combobox as unknown as EventTarget)).toBe(true);
  });

  it("does not treat buttons, checkboxes, rows or the page as text fields", () => {
    expect(isTextField(el("BUTTON") as unknown as EventTarget)).toBe(false);
    expect(isTextField(el("INPUT", { type: "checkbox" }) as unknown as EventTarget)).toBe(false);
    expect(isTextField(el("TR") as unknown as EventTarget)).toBe(false);
    expect(isTextField(null)).toBe(false);
  });
});

describe("comboLabels", () => {
  it("shows Mac and PC names", () => {
    expect(comboLabels(SHORTCUTS.createBalance.combos[0], true)).toEqual(["⌥", "B"]);
    expect(comboLabels(SHORTCUTS.createBalance.combos[0], false)).toEqual(["Alt", "B"]);
    expect(comboLabels(SHORTCUTS.help.combos[0], false)).toEqual(["?"]);
    expect(comboLabels(SHORTCUTS.nextRow.combos[0], false)).toEqual(["↓"]);
  });
});
