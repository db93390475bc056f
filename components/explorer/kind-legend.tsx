import { ENTRY_KIND_LABELS, ENTRY_KINDS } from "@/lib/content/entry-kinds";
import { kindSymbolSvg } from "@/components/map/kind-shapes";

export function KindLegend() {
  return (
    <ul className="kind-legend" aria-label="Legend">
      {ENTRY_KINDS.map((kind) => (
        <li key={kind} className={`kind-${kind}`}>
          <span className="kind-symbol" dangerouslySetInnerHTML={{ __html: kindSymbolSvg(kind, 14) }} />
          {ENTRY_KIND_LABELS[kind]}
        </li>
      ))}
    </ul>
  );
}
