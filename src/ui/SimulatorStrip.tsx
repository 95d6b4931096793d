// What the simulator adds for a demo (a hint, a shortcut to the fake mailbox) and a real Entra page does not
// have: outside the sign-in card, in a strip of its own labelled "Simulator", hidden in presenter mode (styles.css).
import type { ReactNode } from "react";
import { useTranslation } from "../i18n";

export function SimulatorStrip({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="sim-strip">
      <strong className="sim-strip-label">{t("app.simulatorStrip")}</strong> {children}
    </div>
  );
}
