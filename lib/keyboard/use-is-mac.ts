"use client";

import * as React from "react";

const subscribe = () => () => {};
const getSnapshot = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
// The server cannot know; it renders the PC labels and the client corrects them after hydration.
const getServerSnapshot = () => false;

export function useIsMac(): boolean {
  return React.useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}
