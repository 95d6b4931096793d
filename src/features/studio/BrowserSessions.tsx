// This browser's sessions at the fake login host (addendum §10.1 tiles): who "Pick an account" would list,
// signed in or not, and whether "Stay signed in?" made it persistent; Sign out and Forget per tile, and every
// session signed out at once (§10.5). Another browser profile (a private window) has sessions of its own.
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "../../i18n";
import { formatDate } from "../../i18n/format";
import { browserSessionsQuery, useBrowserSessionAction, type BrowserSessionAction } from "../../api/queries";
import { ApiError } from "../../api/client";
import { ActionError } from "../../ui/ActionError";
import { guardQuery } from "../../ui/QueryGuard";

const HEADING_ID = "browser-sessions-heading";

export function BrowserSessions() {
  const { t, i18n } = useTranslation();
  const sessions = useQuery(browserSessionsQuery());
  const action = useBrowserSessionAction();
  const [done, setDone] = useState("");
  // Where focus goes once the button that had it is gone: the row's Forget after Sign out, else the heading.
  const focusNext = useRef<string | undefined>(undefined);
  useEffect(() => {
    const target = focusNext.current ? document.getElementById(focusNext.current) : null;
    if (!target) return;
    target.focus();
    focusNext.current = undefined;
  });

  function run(input: BrowserSessionAction, message: string, focus: string) {
    setDone("");
    action.mutate(input, {
      onSuccess: () => {
        focusNext.current = focus;
        setDone(message);
      },
    });
  }

  const list = sessions.data?.sessions ?? [];
  const anyActive = list.some((s) => s.active);
  return (
    <section aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} tabIndex={-1}>
        {t("studio.browserSessions.heading")}
      </h2>
      <p className="muted">{t("studio.browserSessions.intro")}</p>
      <p role="status">{done}</p>
      {action.error instanceof ApiError && action.error.code === "BrowserSessionNotFound" ? (
        <p className="alert" role="alert">
          {t("studio.browserSessions.gone")}
        </p>
      ) : (
        <ActionError error={action.error} />
      )}
      {guardQuery(sessions, { bare: true, inline: true }) ??
        (list.length === 0 ? (
          <p>{t("studio.browserSessions.empty")}</p>
        ) : (
          <>
            <p>{t("studio.browserSessions.count", { count: list.length })}</p>
            <ul className="browser-sessions" aria-labelledby={HEADING_ID}>
              {list.map((session) => (
                <li key={session.sid} className="browser-session">
                  <h3>{session.displayName}</h3>
                  <p className="browser-session-facts">
                    <span>{session.email}</span>
                    <span>{t("studio.browserSessions.provider", { idp: session.identityProvider })}</span>
                    <span className={session.active ? "signed-in" : "signed-out"}>
                      {session.active ? t("studio.browserSessions.signedIn") : t("studio.browserSessions.signedOut")}
                    </span>
                    <span>{session.persistent ? t("studio.browserSessions.persistent") : t("studio.browserSessions.notPersistent")}</span>
                    <span>{t("studio.browserSessions.lastUsed", { time: formatDate(session.lastUsedAt, i18n.language, "clock") })}</span>
                  </p>
                  <div className="actions start">
                    {session.active ? (
                      <button
                        type="button"
                        className="secondary"
                        disabled={action.isPending}
                        aria-label={t("studio.browserSessions.signOutNamed", { name: session.displayName })}
                        onClick={() =>
                          run(
                            { kind: "sign-out", sid: session.sid },
                            t("studio.browserSessions.signedOutDone", { name: session.displayName }),
                            `forget-${session.sid}`,
                          )
                        }
                      >
                        {t("studio.browserSessions.signOut")}
                      </button>
                    ) : null}
                    <button
                      type="button"
                      id={`forget-${session.sid}`}
                      className="secondary"
                      disabled={action.isPending}
                      aria-label={t("studio.browserSessions.forgetNamed", { name: session.displayName })}
                      onClick={() =>
                        run(
                          { kind: "forget", sid: session.sid },
                          t("studio.browserSessions.forgotten", { name: session.displayName }),
                          HEADING_ID,
                        )
                      }
                    >
                      {t("studio.browserSessions.forget")}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
            <div className="actions start">
              <button
                type="button"
                className="secondary"
                disabled={action.isPending || !anyActive}
                onClick={() => run({ kind: "sign-out-all" }, t("studio.browserSessions.allSignedOut"), HEADING_ID)}
              >
                {t("studio.browserSessions.signOutAll")}
              </button>
            </div>
          </>
        ))}
    </section>
  );
}
