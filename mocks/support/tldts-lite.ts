// Stand-in for the `tldts` package inside msw's cookie handling (via tough-cookie). The real one carries
// the whole public-suffix list (257 KB raw, most of msw's browser bundle). The fake world sets no cookies
// and serves a handful of hosts, so "the last two labels" is the registrable domain it needs
// (docs/decisions/0018). Never used by the product build.
export function getDomain(hostname: string): string | null {
  const host = hostname.replace(/\.$/, "").toLowerCase();
  if (!host || /^[\d.]+$/.test(host) || host.includes(":")) return null;
  const labels = host.split(".");
  return labels.length < 2 ? null : labels.slice(-2).join(".");
}
