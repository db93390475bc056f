import QRCode from "qrcode";

/** A QR code of `text` as inline SVG, made on the server (for paper: no script, sharp at any print resolution). */
export function QrCodeSvg({ text, label, className }: { text: string; label: string; className?: string }) {
  const { size, data } = QRCode.create(text, { errorCorrectionLevel: "M" }).modules;
  const quiet = 4;
  let path = "";
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) if (data[row * size + column]) path += `M${column + quiet} ${row + quiet}h1v1h-1z`;
  }
  const side = size + 2 * quiet;
  return (
    <svg className={className} viewBox={`0 0 ${side} ${side}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={side} height={side} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
