"use client";

import { useEffect, useState } from "react";

/**
 * A QR code of `text`, drawn in the browser by the `qrcode` package (loaded only when a dialog
 * opens, so no page pays for it up front). Drawn large with a full quiet zone and medium error
 * correction, so a phone reads it off a projector screen from the back of a room.
 */
export function QrCodeImage({ text, alt, className }: { text: string; alt: string; className?: string }) {
  const [source, setSource] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void import("qrcode")
      .then((qrcode) => qrcode.toDataURL(text, { errorCorrectionLevel: "M", margin: 4, width: 1024 }))
      .then((url) => {
        if (current) setSource(url);
      });
    return () => {
      current = false;
    };
  }, [text]);
  if (!source) return <span className={className} aria-busy="true" />;
  return <img className={className} src={source} alt={alt} width={1024} height={1024} />;
}
