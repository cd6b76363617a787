/**
 * Key combinations matched on `KeyboardEvent.code` plus modifiers, never on `key`: Option+B types "∫" on a
 * Mac and Playwright sends key "B" for Alt+B, but both have code "KeyB".
 */
export type KeyCombo = {
  code: string;
  alt?: boolean;
  shift?: boolean;
  ctrl?: boolean;
  meta?: boolean;
  /**
   * Only for printable symbols whose physical key differs between layouts (`?` is Shift+Slash on US
   * keyboards but Shift+Minus on German ones): the produced character is accepted as well.
   */
  key?: string;
};

export type KeyEventLike = Pick<
  KeyboardEvent,
  "code" | "key" | "altKey" | "shiftKey" | "ctrlKey" | "metaKey"
>;

export function matchesCombo(event: KeyEventLike, combo: KeyCombo): boolean {
  const sameModifiers =
    event.altKey === Boolean(combo.alt) &&
    event.ctrlKey === Boolean(combo.ctrl) &&
    event.metaKey === Boolean(combo.meta);
  if (!sameModifiers) return false;
  if (event.code === combo.code && event.shiftKey === Boolean(combo.shift)) return true;
  // The layout fallback ignores Shift: producing the character is what counts.
  return combo.key !== undefined && event.key === combo.key;
}

/** Single-key shortcuts (no Alt/Ctrl/Meta) would steal typing, so they never fire inside text fields. */
export function isSingleKey(combo: KeyCombo): boolean {
  return !combo.alt && !combo.ctrl && !combo.meta;
}

const TEXT_INPUT_TYPES = new Set([
  "text",
  "search",
  "email",
  "url",
  "tel",
  "password",
  "number",
  "date",
  "datetime-local",
  "month",
  "time",
  "week",
]);

type ElementLike = { tagName?: string; type?: string; isContentEditable?: boolean; role?: string | null };

export function isTextField(target: EventTarget | null): boolean {
  if (!target || typeof target !== "object") return false;
  const el = target as ElementLike & { getAttribute?: (name: string) => string | null };
  const tag = el.tagName?.toUpperCase();
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag === "INPUT") return TEXT_INPUT_TYPES.has((el.type ?? "text").toLowerCase());
  if (el.isContentEditable) return true;
  const role = el.getAttribute?.("role");
  return role === "textbox" || role === "combobox" || role === "searchbox";
}

const CODE_LABELS: Record<string, string> = {
  ArrowUp: "↑",
  ArrowDown: "↓",
  ArrowLeft: "←",
  ArrowRight: "→",
  Escape: "Esc",
  Enter: "Enter",
  Slash: "/",
  Space: "Space",
};

function codeLabel(code: string): string {
  if (code.startsWith("Key")) return code.slice(3);
  if (code.startsWith("Digit")) return code.slice(5);
  return CODE_LABELS[code] ?? code;
}

/** The keys of a combo as people read them: ["⌥", "B"] on a Mac, ["Alt", "B"] elsewhere. */
export function comboLabels(combo: KeyCombo, isMac: boolean): string[] {
  const parts: string[] = [];
  if (combo.ctrl) parts.push(isMac ? "⌃" : "Ctrl");
  if (combo.alt) parts.push(isMac ? "⌥" : "Alt");
  if (combo.meta) parts.push(isMac ? "⌘" : "Meta");
  if (combo.key !== undefined) {
    parts.push(combo.key);
    return parts;
  }
  if (combo.shift) parts.push(isMac ? "⇧" : "Shift");
  parts.push(codeLabel(combo.code));
  return parts;
}
