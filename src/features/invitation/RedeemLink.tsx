// E1 "/redeem?tenant&user&ticket" — what Accept invitation opens: no page of its own (Entra has none). It
// starts a redemption session and replaces itself with the first Entra page of the guest's path (spec
// §4.0/§4.1): the resource tenant's sign-in with the address filled in, Send code, account creation, the
// account-type chooser or the error page. Starting a session redeems nothing: redemption needs a sign-in
// and the consent Accept, so a mail scanner that pre-opens the link (with or without script) changes no
// invitation and no user (docs/decisions/0036).
import * as v from "valibot";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Navigate, useSearchParams } from "react-router";
import { invitationLocator } from "../../api/contract";
import { ApiError } from "../../api/client";
import { sessionQuery, startSessionQuery } from "../../api/queries";
import { Card } from "../../ui/Card";
import { ErrorPanel } from "../../ui/ErrorPanel";
import { guardQuery } from "../../ui/QueryGuard";

const NO_LOCATOR = { tenant: "", user: "", ticket: "" };

/**
 * `beforeShowing` loads what the first page needs (its screen's code and strings), awaited with the session's
 * start, so the page shows at once instead of "Loading…" once more; if it fails, the page loads when shown.
 */
export function RedeemLink({ beforeShowing }: { beforeShowing?: (step: string) => Promise<unknown> }) {
  const [params] = useSearchParams();
  const client = useQueryClient();
  const locator = v.safeParse(invitationLocator, Object.fromEntries(params));
  const options = startSessionQuery(locator.success ? locator.output : NO_LOCATOR);
  const start = useQuery({
    ...options,
    // The step guard then shows the first page without asking for the session again.
    queryFn: async (context) => {
      const session = await options.queryFn!(context);
      await beforeShowing?.(session.step).catch(() => undefined);
      client.setQueryData(sessionQuery(session.id).queryKey, session);
      return session;
    },
    enabled: locator.success,
  });

  if (!locator.success) {
    return (
      <Card>
        <ErrorPanel error={new ApiError("InvitationNotFound", 400, "The link is incomplete.")} />
      </Card>
    );
  }
  const guard = guardQuery(start);
  if (guard || !start.data) return guard;
  const session = start.data;
  // Replace: Back from the first Entra page returns to the e-mail, not to a page that starts another session.
  return <Navigate replace to={`/session/${encodeURIComponent(session.id)}/${session.step}`} />;
}
