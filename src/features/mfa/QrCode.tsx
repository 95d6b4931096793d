// The QR code of "Scan the QR code" (addendum §12.3 W3, Alt-A), drawn as SVG by qrcode.react. Its own chunk,
// loaded only when a wizard page shows a code (never on the first load).
import { QRCodeSVG } from "qrcode.react";

export default function QrCode({ value, label }: { value: string; label: string }) {
  return <QRCodeSVG value={value} size={176} marginSize={2} role="img" aria-label={label} title={label} className="qr-code" />;
}
