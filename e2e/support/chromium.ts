/** Flags for Debian Chromium in a container (docs: toolchain §7): the e2e browser's, and Lighthouse's. */
export const CONTAINER_CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
