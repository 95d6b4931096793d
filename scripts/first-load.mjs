// Prints the JS and CSS a first visit downloads (the entry script and what index.html preloads), raw and
// gzip, for the demo build (dist/) and the product build (dist-prod/): a quick static look. The budgets are
// enforced by scripts/bench.mjs, which measures what a page really loads until its heading shows.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

function firstLoad(dir) {
  const html = readFileSync(join(dir, "index.html"), "utf8");
  const refs = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="(?:modulepreload|stylesheet)"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1]);
  const rows = refs.map((ref) => {
    const body = readFileSync(join(dir, ref.replace(/^\//, "")));
    return { file: ref, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
  const total = (ext) =>
    rows.filter((r) => r.file.endsWith(ext)).reduce((sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip }), { raw: 0, gzip: 0 });
  return { rows, js: total(".js"), css: total(".css") };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const [name, dir] of [
  ["demo build (mocks on)", "dist"],
  ["product build (mocks off)", "dist-prod"],
]) {
  if (!existsSync(join(dir, "index.html"))) {
    console.log(`${name}: ${dir}/ not built`);
    continue;
  }
  const result = firstLoad(dir);
  console.log(`${name}, first load:`);
  for (const row of result.rows) console.log(`  ${row.file.padEnd(40)} ${kb(row.raw).padStart(10)} raw ${kb(row.gzip).padStart(10)} gzip`);
  console.log(`  JS total  ${kb(result.js.raw)} raw, ${kb(result.js.gzip)} gzip; CSS ${kb(result.css.gzip)} gzip`);
}
