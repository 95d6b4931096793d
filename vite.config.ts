import react from "@vitejs/plugin-react";
import { msw } from "msw/vite";
import { fileURLToPath } from "node:url";
import { defineConfig, loadEnv } from "vite";

// Two builds: the demo build (default, mocks on, the msw worker emitted) and the product build
// (`--mode production-no-mocks`, VITE_MOCKS=off: no fake world, no worker).
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), "VITE_");
  const mocksOff = mode === "production-no-mocks" || env.VITE_MOCKS === "off";
  return {
    plugins: [react(), ...(mocksOff ? [] : [msw({ mode: "worker-only" })])],
    define: mocksOff ? { "import.meta.env.VITE_MOCKS": JSON.stringify("off") } : {},
    // msw's cookie store pulls in the whole public-suffix list; the fake world needs none of it.
    resolve: { alias: { tldts: fileURLToPath(new URL("./mocks/support/tldts-lite.ts", import.meta.url)) } },
    build: {
      outDir: mocksOff ? "dist-prod" : "dist",
      target: "es2022",
      rolldownOptions: {
        // The MSAL redirect bridge is its own page: never part of the app bundle.
        input: { main: "index.html", redirect: "redirect.html" },
      },
    },
    server: { host: "127.0.0.1", port: 5173, strictPort: true },
    preview: { host: "127.0.0.1", port: 4173, strictPort: true },
  };
});
