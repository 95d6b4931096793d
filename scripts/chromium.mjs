// Debian's Chromium and the flags every browser run here uses (the e2e suite and the bench): no sandbox
// (containers), no GPU, nothing that reaches the network on its own.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
