// One route per screen, each loaded when first visited (the first load carries only the shell and the
// screen it shows). Redemption steps live under /session/:sessionId/:step behind the step guard.
import type { RouteObject } from "react-router";
import { Layout } from "./Layout";
import { RouteError } from "./RouteError";

/** A route whose component comes from its own chunk. */
function screen(path: string, load: () => Promise<React.ComponentType>): RouteObject {
  return { path, lazy: async () => ({ Component: await load() }) };
}

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          screen("/", async () => (await import("../features/home/HomePage")).HomePage),
          screen("/mailbox", async () => (await import("../features/mailbox/MailboxPage")).CurrentMailboxRedirect),
          screen("/mailbox/:address", async () => (await import("../features/mailbox/MailboxPage")).MailboxPage),
          screen("/mailbox/:address/:messageId", async () => (await import("../features/mailbox/MailboxPage")).MailboxPage),
          screen("/redeem", async () => (await import("../features/invitation/InvitationLanding")).InvitationLanding),
          screen("/session/:sessionId/:step", async () => (await import("./SessionRoute")).SessionRoute),
          screen("/myapps", async () => (await import("../features/my-apps/MyAppsPage")).MyAppsPage),
          screen("/myapps/sign-in-options", async () => (await import("../features/my-apps/MyAppsPage")).SignInOptionsPage),
          screen("/myapps/find-organization", async () => (await import("../features/my-apps/MyAppsPage")).FindOrganizationPage),
          screen("/leaving", async () => (await import("../features/landing/LeavingPage")).LeavingPage),
          screen("/phone", async () => (await import("../features/phone/PhonePage")).PhonePage),
          screen("/admin", async () => (await import("../features/admin/AdminPage")).AdminPage),
          screen("/myaccount/organizations", async () => (await import("../features/my-account/MyAccountPage")).MyAccountPage),
          screen("/block-invitations", async () => (await import("../features/block-invitations/BlockInvitationsPages")).BlockInvitationsPage),
          screen("/unsubscribe/manage", async () => (await import("../features/block-invitations/BlockInvitationsPages")).ManageBlockedPage),
          screen("*", async () => (await import("../features/errors/NotFoundPage")).NotFoundPage),
        ],
      },
    ],
  },
];
