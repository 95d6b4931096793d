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
                const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
                if (!step) return;
                const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length] ?? "explain";
                setTab(next);
                document.getElementById(`studio-tab-${next}`)?.focus();
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
