// Dates and times: src/i18n/format.ts is the only place src/ formats one, and each of its styles reads as the
// inline calls it replaced did.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDate } from "../../src/i18n/format";

const SRC = join(import.meta.dirname, "../../src");
const FORMATTER = "i18n/format.ts";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

describe("date-time formatter", () => {
  it("infra: no file in src/ but src/i18n/format.ts calls toLocaleString, toLocaleDateString or toLocaleTimeString", () => {
    const files = sourceFiles(SRC);
    expect(files.map((file) => relative(SRC, file))).toContain(FORMATTER);
    const inline = files.flatMap((file) => {
      const name = relative(SRC, file);
      if (name === FORMATTER) return [];
      return readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, i) => (/\.toLocale(Date|Time)?String\s*\(/.test(line) ? [`${name}:${i + 1}: ${line.trim()}`] : []));
    });
    expect(inline).toEqual([]);
  });

  it("infra: each style reads as the inline call it replaced, in English and Dutch", () => {
    const when = "2026-12-03T09:41:07.000Z";
    const date = new Date(when);
    for (const language of ["en", "nl", "qps-plocm"]) {
      expect(formatDate(when, language, "clock")).toBe(date.toLocaleString(language, { dateStyle: "medium", timeStyle: "short" }));
      expect(formatDate(when, language, "received")).toBe(date.toLocaleString(language));
      expect(formatDate(when, language, "day")).toBe(date.toLocaleDateString(language));
      expect(formatDate(when, language, "time")).toBe(date.toLocaleTimeString(language, { hour: "2-digit", minute: "2-digit" }));
      expect(formatDate(date.getTime(), language, "day")).toBe(formatDate(date, language, "day"));
    }
    expect(formatDate(Date.UTC(2000, 0, 1), "en", "month")).toBe("January");
    expect(formatDate(Date.UTC(2000, 2, 1), "nl", "month")).toBe("maart");
    expect(formatDate(new Date(2026, 11, 3), "en", "day")).toBe("12/3/2026");
    expect(formatDate(new Date(2026, 11, 3), "nl", "day")).toBe("3-12-2026");
  });

  it("infra: an unreadable date reads “Invalid Date” instead of throwing", () => {
    expect(formatDate("not a date", "en", "received")).toBe("Invalid Date");
  });
});
