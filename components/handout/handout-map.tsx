import { basemapPaths } from "@/lib/handout/basemap-paths";
import type { HandoutItem } from "@/lib/handout/handout-item";
import { handoutBox, mapFrame } from "@/lib/handout/map-frame";
import "./handout-drawings.css";

const [WIDTH, HEIGHT] = [1000, 560];

/**
 * The handout's map, drawn without tiles: the offline basemap's country outlines and a numbered
 * marker per placed item (the numbers of the list below). `view` is the explorer's map position,
 * when the handout is of a view; otherwise the map fits the items.
 */
export function HandoutMap({
  items,
  view,
  label,
}: {
  items: HandoutItem[];
  view: { latitude: number; longitude: number; zoom: number } | null;
  label: string;
}) {
  const placed = items.flatMap((item, index) =>
    item.latitude !== null && item.longitude !== null ? [{ number: index + 1, latitude: item.latitude, longitude: item.longitude }] : [],
  );
  const frame = mapFrame(handoutBox(view, placed), WIDTH, HEIGHT);
  return (
    <svg className="handout-map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <rect width={WIDTH} height={HEIGHT} fill="#eef3f6" />
      <g fill="#f4efe4" stroke="#8c8577" strokeWidth={0.8} strokeLinejoin="round" fillRule="evenodd">
        {basemapPaths(frame).map((path, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the outlines are drawn once, in a fixed order
          <path key={index} d={path} />
        ))}
      </g>
      {placed.map((point) => {
        const [x, y] = [frame.x(point.longitude), frame.y(point.latitude)];
        return (
          <g key={point.number} transform={`translate(${x.toFixed(1)} ${y.toFixed(1)})`}>
            <circle r={11} fill="#7a2e2e" stroke="#fff" strokeWidth={2} />
            <text textAnchor="middle" dy="0.35em" fontSize={12} fontWeight={700} fill="#fff">
              {point.number}
            </text>
          </g>
        );
      })}
      <rect width={WIDTH} height={HEIGHT} fill="none" stroke="#1d1f23" strokeWidth={1} />
    </svg>
  );
}
