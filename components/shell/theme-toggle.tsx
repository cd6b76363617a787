"use client";

import * as React from "react";

// The menu (Radix DropdownMenu and its positioning) is a chunk of its own, loaded when the button is first
// pointed at, focused or used: every page shows the button, few page views open the menu.
const loadMenu = () => import("./theme-menu");
const ThemeMenu = React.lazy(() => loadMenu().then((module) => ({ default: module.ThemeMenu })));

/** Light, dark, or follow the system (the default). */
export function ThemeToggle({ icon }: { icon: React.ReactNode }) {
  const [isMenuMounted, setIsMenuMounted] = React.useState(false);
  const button = (
    <button
      type="button"
      aria-label="Theme"
      aria-haspopup="menu"
      aria-expanded={false}
      onPointerEnter={() => void loadMenu()}
      onFocus={() => void loadMenu()}
      onClick={() => setIsMenuMounted(true)}
      onKeyDown={(event) => {
        if (event.key === "ArrowDown") {
          event.preventDefault();
          setIsMenuMounted(true);
        }
      }}
      className="flex w-full items-center gap-2 rounded px-2 py-1.5 text-sm text-sidebar-foreground/80 hover:bg-muted"
    >
      {icon}
      <span>Theme</span>
    </button>
  );
  if (!isMenuMounted) return button;
  return (
    <React.Suspense fallback={button}>
      <ThemeMenu />
    </React.Suspense>
  );
}
