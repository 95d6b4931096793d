import react from "@vitejs/plugin-react";
import { msw } from "msw/vite";
import { fileURLToPath } from "node:url";
import { defineConfig, loadEnv, type Plugin } from "vite";

/**
 * The demo build opens on the scenario page ("/"): its code and its strings are preloaded with the entry,
 * so the page does not wait for a second round trip (issue "speed and hardening": LCP ≤ 1.8 s).
 */
function preloadDemoLanding(): Plugin {
  const wanted = [/\/src\/features\/home\/HomePage\.tsx$/, /\/src\/i18n\/en-demo\.ts$/];
  let base = "/";
  return {
    name: "preload-demo-landing",
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: "post",
      handler(_html, { bundle }) {
        const files = Object.values(bundle ?? {}).flatMap((chunk) =>
          chunk.type === "chunk" && wanted.some((pattern) => pattern.test(chunk.facadeModuleId ?? "")) ? [chunk.fileName] : [],
        );
        if (bundle && files.length !== wanted.length) throw new Error(`preload-demo-landing found ${files.join(", ") || "nothing"}`);
        return files.map((file) => ({
          tag: "link",
          attrs: { rel: "modulepreload", crossorigin: "", href: `${base}${file}` },
          injectTo: "head" as const,
        }));
      },
    },
  };
}

/**
 * msw's cookie store (through tough-cookie) pulls in `tldts` and with it the whole public-suffix list; the fake
 * world needs none of it, so inside msw and tough-cookie `tldts` is a two-label stand-in
 * (mocks/support/tldts-lite.ts, decision 0018). Any other importer gets the real package.
 */
function publicSuffixStubForMswCookies(): Plugin {
  const stub = fileURLToPath(new URL("./mocks/support/tldts-lite.ts", import.meta.url));
  const cookieCode = /[\\/]node_modules[\\/](?:msw|tough-cookie)[\\/]/;
  return {
    name: "public-suffix-stub-for-msw-cookies",
    enforce: "pre",
    resolveId: {
      filter: { id: /^tldts$/ },
      handler: (source, importer) => (source === "tldts" && importer && cookieCode.test(importer) ? stub : null),
    },
  };
}

// Two builds: the demo build (default, mocks on, the msw worker emitted) and the product build
// (`--mode production-no-mocks`, VITE_MOCKS=off: no fake world, no worker).
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), "VITE_");
  const mocksOff = mode === "production-no-mocks" || env.VITE_MOCKS === "off";
  return {
    plugins: [react(), ...(mocksOff ? [] : [msw({ mode: "worker-only" }), preloadDemoLanding(), publicSuffixStubForMswCookies()])],
    define: mocksOff ? { "import.meta.env.VITE_MOCKS": JSON.stringify("off") } : {},
    // The dev server pre-bundles msw: the same stand-in applies there.
    optimizeDeps: mocksOff ? {} : { rolldownOptions: { plugins: [publicSuffixStubForMswCookies()] } },
    build: {
      outDir: mocksOff ? "dist-prod" : "dist",
      target: "es2022",
      // Every browser the es2022 target covers preloads modules itself; the polyfill would only add bytes.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        // The MSAL redirect bridge is its own page: never part of the app bundle.
        input: { main: "index.html", redirect: "redirect.html" },
        output: {
          // What index.html's script imports statically (React, the router, the query library, the shell) in one
          // chunk, the entry's: left to itself, rolldown cuts it into several chunks shared with the lazy screens,
          // and each file compresses on its own (~5 KB gzip more on the first load). MSAL and the redirect
          // bridge's page stay out of it (decision 0018).
          codeSplitting: {
            groups: [
              {
                name: "main",
                tags: ["$initial"],
                test: (id: string) => !/[\\/]node_modules[\\/]@azure[\\/]|[\\/]redirect(\.html|-bridge\.ts)/.test(id),
              },
            ],
          },
        },
      },
    },
    server: { host: "127.0.0.1", port: 5173, strictPort: true },
    preview: { host: "127.0.0.1", port: 4173, strictPort: true },
  };
});
