// One route per screen, each loaded when first visited (the first load carries only the shell and the
// screen it shows). Redemption steps live under /session/:sessionId/:step behind the step guard.
// Declarative routes (BrowserRouter) keep react-router's share of the first load small (docs/decisions/0018).
import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import { Route, Routes } from "react-router";
import { Layout } from "./Layout";

function screen<T extends Record<string, unknown>>(load: () => Promise<T>, name: keyof T): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

const HomePage = screen(() => import("../features/home/HomePage"), "HomePage");
const CurrentMailboxRedirect = screen(() => import("../features/mailbox/MailboxPage"), "CurrentMailboxRedirect");
const MailboxPage = screen(() => import("../features/mailbox/MailboxPage"), "MailboxPage");
const InvitationLanding = screen(() => import("../features/invitation/InvitationLanding"), "InvitationLanding");
const SessionRoute = screen(() => import("./SessionRoute"), "SessionRoute");
const MyAppsPage = screen(() => import("../features/my-apps/MyAppsPage"), "MyAppsPage");
const SignInOptionsPage = screen(() => import("../features/my-apps/MyAppsPage"), "SignInOptionsPage");
const FindOrganizationPage = screen(() => import("../features/my-apps/MyAppsPage"), "FindOrganizationPage");
const LeavingPage = screen(() => import("../features/landing/LeavingPage"), "LeavingPage");
const PhonePage = screen(() => import("../features/phone/PhonePage"), "PhonePage");
const AdminPage = screen(() => import("../features/admin/AdminPage"), "AdminPage");
const MyAccountPage = screen(() => import("../features/my-account/MyAccountPage"), "MyAccountPage");
const BlockInvitationsPage = screen(() => import("../features/block-invitations/BlockInvitationsPages"), "BlockInvitationsPage");
const ManageBlockedPage = screen(() => import("../features/block-invitations/BlockInvitationsPages"), "ManageBlockedPage");
const NotFoundPage = screen(() => import("../features/errors/NotFoundPage"), "NotFoundPage");

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="/" element={<HomePage />} />
        <Route path="/mailbox" element={<CurrentMailboxRedirect />} />
        <Route path="/mailbox/:address" element={<MailboxPage />} />
        <Route path="/mailbox/:address/:messageId" element={<MailboxPage />} />
        <Route path="/redeem" element={<InvitationLanding />} />
        <Route path="/session/:sessionId/:step" element={<SessionRoute />} />
        <Route path="/myapps" element={<MyAppsPage />} />
        <Route path="/myapps/sign-in-options" element={<SignInOptionsPage />} />
        <Route path="/myapps/find-organization" element={<FindOrganizationPage />} />
        <Route path="/leaving" element={<LeavingPage />} />
        <Route path="/phone" element={<PhonePage />} />
        <Route path="/admin" element={<AdminPage />} />
        <Route path="/myaccount/organizations" element={<MyAccountPage />} />
        <Route path="/block-invitations" element={<BlockInvitationsPage />} />
        <Route path="/unsubscribe/manage" element={<ManageBlockedPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
