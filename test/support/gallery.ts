// The screen gallery (`npm run screens`): every page a keyboard journey arrives at, per scenario, in English and
// Dutch, on a desktop and a phone, as PNG files and one HTML contact sheet a UX team can browse or drop into
// slides. In the ordinary e2e run it takes one scenario into a temporary folder, so the gallery cannot rot.
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";

export const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;
type Viewport = keyof typeof VIEWPORTS;

export interface Shot {
  scenario: string;
  lang: string;
  /** The page's place in the scenario's journey (1, 2, ...), the same in both languages. */
  step: number;
  title: string;
  viewport: Viewport;
  file: string;
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export class Gallery {
  readonly shots: Shot[] = [];

  constructor(
    readonly dir: string,
    /** The scenarios to take; all when undefined. */
    private readonly only?: readonly string[],
  ) {
    mkdirSync(dir, { recursive: true });
  }

  /** `npm run screens` sets SCREENS to the output folder; otherwise one scenario goes to a temporary folder. */
  static fromEnvironment(): Gallery {
    const dir = process.env.SCREENS;
    return dir ? new Gallery(dir) : new Gallery(join(tmpdir(), `b2b-screens-${process.pid}`), ["work-account"]);
  }

  wants(scenario: string): boolean {
    return !this.only || this.only.includes(scenario);
  }

  /** The guest's view as it is now, full length, on a desktop and then on a phone (resized, then put back). */
  async capture(page: Page, scenario: string, lang: string, step: number, title: string): Promise<void> {
    const original = page.viewportSize();
    for (const viewport of Object.keys(VIEWPORTS) as Viewport[]) {
      await page.setViewportSize(VIEWPORTS[viewport]);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const file = `${scenario}-${String(step).padStart(2, "0")}-${lang}-${viewport}.png`;
      // The guest's view only: the simulator's bar and studio stay out of the picture (the popup has neither).
      const guestView = page.locator("main#content");
      if ((await guestView.count()) > 0) await guestView.screenshot({ path: join(this.dir, file) });
      else await page.screenshot({ path: join(this.dir, file), fullPage: true });
      this.shots.push({ scenario, lang, step, title, viewport, file });
    }
    if (original) await page.setViewportSize(original);
  }

  /** index.html: one section per scenario, one row per page, English and Dutch side by side, desktop and phone. */
  writeSheet(): string {
    const scenarios = [...new Set(this.shots.map((s) => s.scenario))].toSorted();
    const cell = (scenario: string, step: number, lang: string, viewport: Viewport) => {
      const shot = this.shots.find((s) => s.scenario === scenario && s.step === step && s.lang === lang && s.viewport === viewport);
      return shot
        ? `<td><a href="${escape(shot.file)}"><img src="${escape(shot.file)}" alt="${escape(`${shot.title} (${lang}, ${viewport})`)}" loading="lazy" class="${viewport}"></a></td>`
        : "<td>—</td>";
    };
    const sections = scenarios.map((scenario) => {
      const steps = [...new Set(this.shots.filter((s) => s.scenario === scenario).map((s) => s.step))].toSorted((a, b) => a - b);
      const rows = steps.map((step) => {
        const title = this.shots.find((s) => s.scenario === scenario && s.step === step && s.lang === "en")?.title ?? "";
        return `<tr><th scope="row">${step}. ${escape(title)}</th>${["en", "nl"].flatMap((lang) => (["desktop", "phone"] as const).map((v) => cell(scenario, step, lang, v))).join("")}</tr>`;
      });
      return `<section id="${escape(scenario)}"><h2>${escape(scenario)}</h2><table><thead><tr><th scope="col">Page</th><th scope="col">English, desktop</th><th scope="col">English, phone</th><th scope="col">Nederlands, desktop</th><th scope="col">Nederlands, phone</th></tr></thead><tbody>${rows.join("")}</tbody></table></section>`;
    });
    const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>B2B Redemption Simulator — screens</title>
<style>body{font-family:system-ui,sans-serif;margin:24px}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:4px;vertical-align:top;text-align:left}img.desktop{width:320px}img.phone{width:120px}nav a{margin-right:12px}</style></head>
<body><h1>Every guest screen, per scenario</h1>
<p>Made by <code>npm run screens</code> from the keyboard journeys (test/e2e/keyboard.e2e.ts). Select a picture for its full size.</p>
<nav>${scenarios.map((s) => `<a href="#${escape(s)}">${escape(s)}</a>`).join("")}</nav>
${sections.join("\n")}
</body></html>
`;
    const path = join(this.dir, "index.html");
    writeFileSync(path, html);
    return path;
  }
}
