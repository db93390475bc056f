import type { ReactNode } from "react";
import "./presentation-page.css";

/**
 * A tour presented on a projector, or its presenter view on the teacher's screen: the page is the
 * presentation alone. The site's header and navigation would only lie hidden under it, and on a slow
 * school line whatever they load is something the first step waits behind.
 */
export default function PresentationLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="presentation-page">
      {children}
    </main>
  );
}
