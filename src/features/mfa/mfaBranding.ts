import type { BrandingView, SessionView } from "../../api/contract";

/**
 * Addendum §13.2 / spec §5.3: MFA in the resource tenant shows T's page in the background and the home tenant's
 * box (its logo) in the foreground; MFA with trust runs in the home tenant and shows only its branding.
 */
export function mfaBranding(session: SessionView): BrandingView | undefined {
  const home = session.mfa?.homeBranding;
  if (session.mfa?.homeOrganization) return home;
  const resource = session.invitation.organization.branding;
  if (!resource && !home) return undefined;
  const { bannerLogo: _resourceLogo, signInPageText: _text, usernameHintText: _hint, ...page } = resource ?? {};
  return { ...page, bannerLogo: home?.bannerLogo };
}
