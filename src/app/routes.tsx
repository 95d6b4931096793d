// One route per screen. Redemption steps live under /session/:sessionId/:step behind the step guard.
import type { RouteObject } from "react-router";
import { NotFoundPage } from "../features/errors/NotFoundPage";
import { AdminPage } from "../features/admin/AdminPage";
import { BlockInvitationsPage, ManageBlockedPage } from "../features/block-invitations/BlockInvitationsPages";
import { MyAccountPage } from "../features/my-account/MyAccountPage";
import { PhonePage } from "../features/phone/PhonePage";
import { HomePage } from "../features/home/HomePage";
import { InvitationLanding } from "../features/invitation/InvitationLanding";
import { LeavingPage } from "../features/landing/LeavingPage";
import { FindOrganizationPage, MyAppsPage, SignInOptionsPage } from "../features/my-apps/MyAppsPage";
import { CurrentMailboxRedirect, MailboxPage } from "../features/mailbox/MailboxPage";
import { Layout } from "./Layout";
import { RouteError } from "./RouteError";
import { SessionRoute } from "./SessionRoute";

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { path: "/", element: <HomePage /> },
          { path: "/mailbox", element: <CurrentMailboxRedirect /> },
          { path: "/mailbox/:address", element: <MailboxPage /> },
          { path: "/mailbox/:address/:messageId", element: <MailboxPage /> },
          { path: "/redeem", element: <InvitationLanding /> },
          { path: "/session/:sessionId/:step", element: <SessionRoute /> },
          { path: "/myapps", element: <MyAppsPage /> },
          { path: "/myapps/sign-in-options", element: <SignInOptionsPage /> },
          { path: "/myapps/find-organization", element: <FindOrganizationPage /> },
          { path: "/leaving", element: <LeavingPage /> },
          { path: "/phone", element: <PhonePage /> },
          { path: "/admin", element: <AdminPage /> },
          { path: "/myaccount/organizations", element: <MyAccountPage /> },
          { path: "/block-invitations", element: <BlockInvitationsPage /> },
          { path: "/unsubscribe/manage", element: <ManageBlockedPage /> },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
