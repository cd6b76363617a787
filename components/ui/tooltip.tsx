"use client";

import { Slot } from "radix-ui";
import * as React from "react";
import { createPortal } from "react-dom";

type Side = "top" | "right" | "bottom" | "left";
const GAP = 6;
const HOVER_DELAY_MS = 300;

function placement(rect: DOMRect, side: Side): React.CSSProperties {
  switch (side) {
    case "bottom":
      return { left: rect.left + rect.width / 2, top: rect.bottom + GAP, transform: "translateX(-50%)" };
    case "left":
      return { left: rect.left - GAP, top: rect.top + rect.height / 2, transform: "translate(-100%, -50%)" };
    case "right":
      return { left: rect.right + GAP, top: rect.top + rect.height / 2, transform: "translateY(-50%)" };
    default:
      return { left: rect.left + rect.width / 2, top: rect.top - GAP, transform: "translate(-50%, -100%)" };
  }
}

/**
 * A hover/focus hint. The trigger must be focusable so keyboard users get the same information. Every amount
 * on the Balances page has one, so it is deliberately small: the trigger element is never replaced (a click
 * that starts as the pointer arrives still lands), and the hint is a fixed-position bubble described by
 * `aria-describedby`, closed by leaving, blurring, scrolling or Escape.
 */
export function Tooltip({
  content,
  children,
  side = "top",
}: {
  content: React.ReactNode;
  children: React.ReactNode;
  side?: Side;
}) {
  const id = React.useId();
  const anchor = React.useRef<HTMLElement>(null);
  const timer = React.useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [rect, setRect] = React.useState<DOMRect | null>(null);

  const show = React.useCallback(() => {
    clearTimeout(timer.current);
    if (anchor.current) setRect(anchor.current.getBoundingClientRect());
  }, []);
  const hide = React.useCallback(() => {
    clearTimeout(timer.current);
    setRect(null);
  }, []);
  const isOpen = rect !== null;

  React.useEffect(() => {
    if (!isOpen) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") hide();
    };
    document.addEventListener("keydown", onKeyDown);
    window.addEventListener("scroll", hide, true);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      window.removeEventListener("scroll", hide, true);
    };
  }, [isOpen, hide]);
  React.useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <>
      <Slot.Root
        ref={anchor}
        aria-describedby={isOpen ? id : undefined}
        onPointerEnter={() => {
          clearTimeout(timer.current);
          timer.current = setTimeout(show, HOVER_DELAY_MS);
        }}
        onPointerLeave={hide}
        onFocus={show}
        onBlur={hide}
      >
        {children}
      </Slot.Root>
      {rect
        ? createPortal(
            <div
              role="tooltip"
              id={id}
              style={{ position: "fixed", ...placement(rect, side) }}
              className="pointer-events-none z-50 max-w-xs rounded bg-foreground px-2 py-1 text-xs text-background shadow-overlay"
            >
              {content}
            </div>,
            document.body,
          )
        : null}
    </>
  );
}
