// E1 "/redeem?tenant&user&ticket" — what Accept invitation opens: no page of its own (Entra has none). It
// starts a redemption session and replaces itself with the first Entra page of the guest's path (spec
// §4.0/§4.1): the resource tenant's sign-in with the address filled in, Send code, account creation, the
// account-type chooser or the error page. Starting a session redeems nothing: redemption needs a sign-in
// and the consent Accept, so a mail scanner that pre-opens the link (with or without script) changes no
// invitation and no user (docs/decisions/0036).
import * as v from "valibot";
import { useEffect, useRef } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { invitationLocator } from "../../api/contract";
import { ApiError } from "../../api/client";
import { useStartSession } from "../../api/queries";
import { useAuthReady } from "../../auth/context";
import { Card, Loading } from "../../ui/Card";
import { ErrorPanel } from "../../ui/ErrorPanel";

export function RedeemLink() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const locator = v.safeParse(invitationLocator, Object.fromEntries(params));
  const start = useStartSession();
  // Prefetch the sign-in library now: the first page's Next may open its popup.
  useAuthReady();
  const started = useRef(false);

  function begin() {
    if (!locator.success) return;
    start.mutate(locator.output, {
      // Replace: Back from the first Entra page returns to the e-mail, not to a page that starts another session.
      onSuccess: (session) => navigate(`/session/${encodeURIComponent(session.id)}/${session.step}`, { replace: true }),
    });
  }

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    begin();
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- once per opened link
  }, []);

  if (!locator.success) {
    return (
      <Card>
        <ErrorPanel error={new ApiError("InvitationNotFound", 400, "The link is incomplete.")} />
      </Card>
    );
  }
  if (start.isError) {
    // A failure the same request may get past (no answer, a server fault) can be repeated; a bad link cannot.
    const retry = !(start.error instanceof ApiError) || start.error.status === 0 || start.error.status >= 500;
    return (
      <Card>
        <ErrorPanel error={start.error} onRetry={retry ? begin : undefined} />
      </Card>
    );
  }
  return (
    <Card>
      <Loading />
    </Card>
  );
}
