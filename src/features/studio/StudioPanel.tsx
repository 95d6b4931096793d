// The demo studio (issue "demo studio"): a panel beside the guest's view for people who demo and
// developers. It is its own lazily loaded chunk, part of the demo build only (src/app/Layout.tsx).
import { useState } from "react";
import { useTranslation } from "../../i18n";
import { DataPanel } from "./DataPanel";
import { ExplainPanel } from "./ExplainPanel";
import { InvitePanel } from "./InvitePanel";
import { SettingsPanel } from "./SettingsPanel";
import { TimeFaultsPanel } from "./TimeFaultsPanel";

const TABS = ["explain", "settings", "invite", "time", "data"] as const;
type Tab = (typeof TABS)[number];

/**
 * The WAI-ARIA tabs pattern's keys (selection follows focus): the arrow keys move to the neighbouring tab and
 * wrap, Home and End to the first and last. In right-to-left text the row runs the other way, and so do the
 * arrows. Undefined: not a tab key.
 */
function tabAfterKey(key: string, current: number, rightToLeft: boolean): number | undefined {
  const last = TABS.length - 1;
  if (key === "Home") return 0;
  if (key === "End") return last;
  const forward = rightToLeft ? "ArrowLeft" : "ArrowRight";
  const back = rightToLeft ? "ArrowRight" : "ArrowLeft";
  if (key === forward) return current === last ? 0 : current + 1;
  if (key === back) return current === 0 ? last : current - 1;
  return undefined;
}

/** The direction the nearest `dir` (the tab's own, an ancestor's or the document's) gives; left-to-right without one. */
const readsRightToLeft = (element: Element): boolean => element.closest("[dir]")?.getAttribute("dir")?.toLowerCase() === "rtl";

export default function StudioPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>("explain");
  return (
    <aside className="studio" aria-label={t("studio.label")}>
      <div className="studio-head">
        <div role="tablist" aria-label={t("studio.label")} className="studio-tabs">
          {TABS.map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              id={`studio-tab-${name}`}
              aria-selected={tab === name}
              aria-controls="studio-tabpanel"
              tabIndex={tab === name ? 0 : -1}
              onClick={() => setTab(name)}
              onKeyDown={(e) => {
                const next = tabAfterKey(e.key, TABS.indexOf(tab), readsRightToLeft(e.currentTarget));
                if (next === undefined) return;
                e.preventDefault();
                const target = TABS[next] ?? "explain";
                setTab(target);
                document.getElementById(`studio-tab-${target}`)?.focus();
              }}
            >
              {t(`studio.tabs.${name}`)}
            </button>
          ))}
        </div>
        <button type="button" className="link-button" onClick={onClose}>
          {t("studio.close")}
        </button>
      </div>
      <div role="tabpanel" id="studio-tabpanel" aria-labelledby={`studio-tab-${tab}`} className="studio-body">
        {tab === "explain" ? <ExplainPanel /> : null}
        {tab === "settings" ? <SettingsPanel /> : null}
        {tab === "invite" ? <InvitePanel /> : null}
        {tab === "time" ? <TimeFaultsPanel /> : null}
        {tab === "data" ? <DataPanel /> : null}
      </div>
    </aside>
  );
}
