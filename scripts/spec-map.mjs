#!/usr/bin/env node
// Writes docs/spec-map.md: for every spec ID (the §9 screens checklist S01–S37 and A01–A10, the addendum's
// S40–S56, and the §, D, P and E references), where it is implemented and which tests prove it — found by
// the ID itself: comments in mocks/ (the fake world's domain) and src/features/ (the screens), and test
// titles, which start with the IDs they prove.
//
//   node scripts/spec-map.mjs           writes docs/spec-map.md
//   node scripts/spec-map.mjs --check   exits 1 when docs/spec-map.md is stale, or when an ID the README's
//                                       "Spec coverage" section claims has no test
//
// The spec lives beside the project (../shared/, or SPEC_DIR); where it is absent (a fresh CI checkout), the
// IDs and titles are read back from docs/spec-map.md itself, so --check still compares code and tests.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = new URL("..", import.meta.url).pathname;
const SPEC_DIR = process.env.SPEC_DIR ?? join(ROOT, "..", "shared");
const SPEC = join(SPEC_DIR, "redemption-spec.md");
const ADDENDUM = join(SPEC_DIR, "redemption-spec-addendum.md");
const MAP = join(ROOT, "docs", "spec-map.md");
const README = join(ROOT, "README.md");

const CHECKLIST_ID = /^(?:S\d{2}a?|A\d{2})$/;
const OTHER_ID = /^(?:D\d{1,2}|P\d|E\d|§\d+(?:\.\d+)*)$/;
/** Any spec ID inside a comment. */
const ID_IN_TEXT = /(?<![\w§.])(S\d{2}a?|A\d{2}|D\d{1,2}|P\d|E\d)(?![\w])|§(\d+(?:\.\d+)*)/g;

const rel = (path) => relative(ROOT, path);

function walk(dir, accept) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .toSorted((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path, accept);
      return accept(entry.name) ? [path] : [];
    });
}

// ---------------------------------------------------------------------------------------------------------
// The IDs and their titles

/** A row's short title: the text before its " — " explanation or its parenthesis. */
function shortTitle(text) {
  return text
    .split(" — ")[0]
    .replace(/\s*\(.*$/, "")
    .replace(/\*\*/g, "")
    .replace(/[.;]\s*$/, "")
    .trim();
}

function idsFromSpec() {
  const checklist = new Map();
  const other = new Map();
  for (const file of [SPEC, ADDENDUM]) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      const item = /^- \[[ x]\] (.*)$/.exec(line);
      if (item) {
        // An addendum line can hold several IDs: "S42 Signed out (…); S43 sign-out error."
        for (const part of item[1].split(/;\s+(?=S\d{2}a?\s)/)) {
          const m = /^(S\d{2}a?|A\d{2})\s+(.*)$/.exec(part.trim());
          if (m && !checklist.has(m[1])) checklist.set(m[1], shortTitle(m[2]));
        }
        continue;
      }
      const row = /^\| (D\d{1,2}|E\d) \| ([^|]+) \|(?: ([^|]+) \|)?/.exec(line);
      if (row && !other.has(row[1])) {
        // D rows: "conditions → path"; E rows: the entry point's name.
        other.set(row[1], row[1].startsWith("D") ? `${row[2].trim()} → ${shortTitle(row[3] ?? "")}` : shortTitle(row[2]));
        continue;
      }
      const heading = /^#{2,3} (\d+(?:\.\d+)*)\.? (.*)$/.exec(line);
      if (heading && !other.has(`§${heading[1]}`)) {
        other.set(`§${heading[1]}`, heading[2].replace(/\s*\(.*\)$/, "").trim());
        const path = /Path (P\d) — (.*)$/.exec(heading[2]);
        if (path) other.set(path[1], shortTitle(path[2]));
      }
    }
  }
  return { checklist, other };
}

/** The ID and title columns of the map written last time (when the spec itself is not at hand). */
function idsFromMap() {
  const checklist = new Map();
  const other = new Map();
  for (const line of readFileSync(MAP, "utf8").split("\n")) {
    const row = /^\| (\S+) \| ((?:\\\||[^|])*) \|/.exec(line);
    if (!row) continue;
    const title = row[2].replace(/\\\|/g, "|").trim();
    if (CHECKLIST_ID.test(row[1])) checklist.set(row[1], title);
    else if (OTHER_ID.test(row[1])) other.set(row[1], title);
  }
  return { checklist, other };
}

// ---------------------------------------------------------------------------------------------------------
// Where the code names an ID: comments in mocks/ and src/features/

/** The name declared on the first code line after `index` (the thing a JSDoc documents). */
function declaredAfter(lines, index) {
  for (let i = index; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === "" || line.startsWith("//") || line.startsWith("*") || line.startsWith("/*")) continue;
    return /(?:function\*?|class|const|let|interface|type)\s+([A-Za-z_$][\w$]*)/.exec(line)?.[1];
  }
  return undefined;
}

function mentions(files) {
  const found = new Map(); // id → [text]
  for (const file of files) {
    const lines = readFileSync(file, "utf8").split("\n");
    let inJsDoc = false;
    let headerComment = true; // the comment block that opens the file
    lines.forEach((raw, index) => {
      const line = raw.trim();
      if (line.startsWith("/**")) inJsDoc = true;
      const isComment = inJsDoc || line.startsWith("//") || line.startsWith("*") || line.startsWith("/*");
      if (!isComment && line !== "") headerComment = false;
      const comment = isComment ? line : (/\/\/(.*)$/.exec(line)?.[1] ?? "");
      if (comment) {
        let where = `${rel(file)}:${index + 1}`;
        if (headerComment) where = rel(file);
        else if (inJsDoc) {
          const end = lines.findIndex((l, i) => i >= index && l.includes("*/"));
          const name = end >= 0 ? declaredAfter(lines, end + 1) : undefined;
          if (name) where = `${rel(file)}: ${name}`;
        }
        for (const id of idsIn(comment)) {
          const list = found.get(id) ?? [];
          if (!list.includes(where)) list.push(where);
          found.set(id, list);
        }
      }
      if (line.includes("*/")) inJsDoc = false;
    });
  }
  return found;
}

/** A section of another standard ("RFC 6749 §5.1", "OIDC Core §3.1.2.1", "Security BCP §4.5.3"), not of the spec. */
const CITED_SECTION = /\b(?:RFC \d+|BCP|Core|Discovery(?: 1\.0)?|Logout(?: 1\.0)?|Mode|Types|ASVS(?: V\d+)?)\s+§\d+(?:\.\d+)*/g;

function idsIn(text) {
  return [...text.replace(CITED_SECTION, "").matchAll(ID_IN_TEXT)].map((m) => m[1] ?? `§${m[2]}`);
}

// ---------------------------------------------------------------------------------------------------------
// Which tests prove an ID: titles that start with it

/** Every `it("…")`, `test("…")` and `it.each(…)("…")` title of a test file, in order. */
function testTitles(file) {
  const source = readFileSync(file, "utf8");
  const titles = [];
  for (const m of source.matchAll(/(?:\b(?:it|test)|\))\(\s*(["'`])((?:\\.|(?!\1)[^\\])*)\1\s*,/g)) titles.push(m[2]);
  return titles;
}

/** The IDs a title starts with: "S26 §5.1 Accept redeems …" → S26, §5.1. */
function leadingIds(title) {
  const ids = [];
  for (const token of title.split(/\s+/)) {
    if (CHECKLIST_ID.test(token) || OTHER_ID.test(token)) ids.push(token);
    else break;
  }
  return ids;
}

function tests(files) {
  const found = new Map(); // id → [{ file, title }]
  for (const file of files) {
    for (const title of testTitles(file)) {
      for (const id of leadingIds(title)) {
        const list = found.get(id) ?? [];
        list.push({ file: rel(file), title });
        found.set(id, list);
      }
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------
// The map

const cell = (text) => text.replace(/\|/g, "\\|");
const list = (items) => (items?.length ? items.map((item) => cell(item)).join("<br>") : "–");

function table(ids, domain, screens, proofs) {
  const rows = [...ids].map(([id, title]) => {
    const proved = (proofs.get(id) ?? []).map((t) => `\`${t.file}\` ${t.title}`);
    return `| ${id} | ${cell(title)} | ${list(domain.get(id)?.map((d) => `\`${d}\``))} | ${list(screens.get(id)?.map((s) => `\`${s}\``))} | ${list(proved)} |`;
  });
  return ["| ID | spec row | domain (mocks/) | screen (src/features/) | tests |", "|---|---|---|---|---|", ...rows].join("\n");
}

const kind = (id) => "§DPE".indexOf(id[0]);
const parts = (id) =>
  id
    .replace(/^§|^[DPE]/, "")
    .split(".")
    .map(Number);
/** § sections, then D, P and E rows, each in numeric order. */
const orderOther = (a, b) => {
  if (kind(a) !== kind(b)) return kind(a) - kind(b);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? -1) !== (y[i] ?? -1)) return (x[i] ?? -1) - (y[i] ?? -1);
  return 0;
};

function render({ checklist, other }, domain, screens, proofs) {
  const referenced = new Set([...domain.keys(), ...screens.keys(), ...proofs.keys()]);
  const others = new Map([...other].filter(([id]) => referenced.has(id)).toSorted(([a], [b]) => orderOther(a, b)));
  const untested = [...checklist.keys()].filter((id) => !proofs.has(id));
  return `# Spec map

Generated by \`npm run spec-map\` (\`scripts/spec-map.mjs\`); \`npm test\` fails when it is stale. Do not edit by hand.

Every spec ID, the code that names it in a comment (the fake world's domain under \`mocks/\`, the screens under
\`src/features/\`) and the tests whose titles start with it. Or grep for the ID: \`grep -rn "S26" mocks src test\`.

Checklist rows (spec §9, addendum Appendix E) with a test: ${checklist.size - untested.length} of ${checklist.size}.
Without a test: ${untested.join(", ") || "none"}.

## Screens checklist (spec §9 and addendum Appendix E)

${table(checklist, domain, screens, proofs)}

## Sections, discovery rows, paths and entry points named in code or tests

${table(others, domain, screens, proofs)}
`;
}

/** The IDs the README's "Spec coverage" section claims: its "**Covered" paragraph. */
function claimedInReadme() {
  const readme = readFileSync(README, "utf8");
  const section = /^## Spec coverage\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(readme)?.[1] ?? "";
  const paragraph = /^\*\*Covered[\s\S]*?(?=\n\n|(?![\s\S]))/m.exec(section)?.[0] ?? "";
  return [...paragraph.matchAll(/\b(S\d{2}a?|A\d{2})\b/g)].map((m) => m[1]);
}

// ---------------------------------------------------------------------------------------------------------

const check = process.argv.includes("--check");
const specAtHand = existsSync(SPEC) && existsSync(ADDENDUM);
if (!specAtHand && !existsSync(MAP)) {
  console.error(`spec-map: neither the spec (${SPEC}) nor ${rel(MAP)} is there to read the IDs from.`);
  process.exit(1);
}
const ids = specAtHand ? idsFromSpec() : idsFromMap();
const domain = mentions(walk(join(ROOT, "mocks"), (name) => /\.tsx?$/.test(name)));
const screens = mentions(walk(join(ROOT, "src", "features"), (name) => /\.tsx?$/.test(name)));
const proofs = tests(walk(join(ROOT, "test"), (name) => /\.(test\.tsx?|e2e\.ts)$/.test(name)));
const map = render(ids, domain, screens, proofs);

if (!check) {
  writeFileSync(MAP, map);
  console.log(`spec-map: wrote ${rel(MAP)}`);
  process.exit(0);
}

const problems = [];
if (!specAtHand) console.warn(`spec-map: the spec is not at ${SPEC_DIR}; IDs and titles read from ${rel(MAP)}.`);
if (!existsSync(MAP) || readFileSync(MAP, "utf8") !== map) problems.push(`${rel(MAP)} is not up to date: run \`npm run spec-map\`.`);
const claimed = claimedInReadme();
if (claimed.length === 0) problems.push('README.md has no "**Covered" paragraph under "## Spec coverage".');
for (const id of claimed) {
  if (!ids.checklist.has(id)) problems.push(`README.md claims ${id}, which is not a checklist row of the spec.`);
  else if (!proofs.has(id)) problems.push(`README.md claims ${id} (${ids.checklist.get(id)}), but no test title starts with it.`);
}
if (problems.length) {
  for (const problem of problems) console.error(`spec-map: ${problem}`);
  process.exit(1);
}
console.log(`spec-map: ${rel(MAP)} is up to date; the ${claimed.length} IDs the README claims each have a test.`);
