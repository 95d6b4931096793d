// Contoso's and Fabrikam's company branding (addendum §13.1): simple logos of the simulator's own drawing
// (no real brand, no Microsoft image), within the banner logo's 245×36 and the square logo's 240×240.
import type { StoredBranding } from "../domain/state";

const svg = (source: string) => `data:image/svg+xml;base64,${btoa(source)}`;

const CONTOSO_BANNER = `<svg xmlns="http://www.w3.org/2000/svg" width="180" height="36" viewBox="0 0 180 36"><path d="M18 2 32 10v16L18 34 4 26V10z" fill="#0b6a73"/><path d="M18 10 25 14v8l-7 4-7-4v-8z" fill="#7fd1c9"/><text x="42" y="25" font-family="Segoe UI,Arial,sans-serif" font-size="20" font-weight="700" letter-spacing="2" fill="#0b3d42">CONTOSO</text></svg>`;
const CONTOSO_SQUARE = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="240" viewBox="0 0 240 240"><rect width="240" height="240" fill="#0b6a73"/><path d="M120 40 190 80v80l-70 40-70-40V80z" fill="#7fd1c9"/><path d="M120 82 154 101v38l-34 19-34-19v-38z" fill="#0b6a73"/></svg>`;
const FABRIKAM_BANNER = `<svg xmlns="http://www.w3.org/2000/svg" width="190" height="36" viewBox="0 0 190 36"><circle cx="18" cy="18" r="15" fill="#8a3b12"/><path d="M10 25 18 9l8 16z" fill="#f6c89f"/><text x="42" y="25" font-family="Georgia,serif" font-size="21" font-style="italic" fill="#5a240a">Fabrikam</text></svg>`;
const FABRIKAM_SQUARE = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="240" viewBox="0 0 240 240"><rect width="240" height="240" fill="#8a3b12"/><path d="M60 180 120 60l60 120z" fill="#f6c89f"/></svg>`;

export const contosoBranding = (): StoredBranding => ({
  bannerLogo: svg(CONTOSO_BANNER),
  squareLogo: svg(CONTOSO_SQUARE),
  backgroundColor: "#dcebec",
});

export const fabrikamBranding = (): StoredBranding => ({
  bannerLogo: svg(FABRIKAM_BANNER),
  squareLogo: svg(FABRIKAM_SQUARE),
  backgroundColor: "#f3e6dc",
});
