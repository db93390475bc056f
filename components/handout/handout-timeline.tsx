import type { HandoutItem } from "@/lib/handout/handout-item";
import { timelineScale } from "@/lib/handout/timeline-scale";
import "./handout-drawings.css";

const WIDTH = 1000;
const [AXIS, LANE, MARGIN] = [28, 22, 14];

/**
 * The handout's timeline strip: a year axis and each dated item as a numbered mark (a bar for a
 * span), put in the first lane where it does not overlap an earlier one, so numbers stay legible.
 */
export function HandoutTimeline({ items, label }: { items: HandoutItem[]; label: string }) {
  const dated = items.flatMap((item, index) =>
    item.startTime !== null ? [{ number: index + 1, start: item.startTime, end: item.endTime ?? item.startTime }] : [],
  );
  const scale = timelineScale(dated, WIDTH - 2 * MARGIN);
  if (!scale) return null;
  const lanesEnd: number[] = [];
  const marks = [...dated]
    .sort((a, b) => a.start - b.start)
    .map((mark) => {
      const [x1, x2] = [MARGIN + scale.x(mark.start), MARGIN + scale.x(mark.end)];
      const [left, right] = [x1 - 11, Math.max(x2, x1) + 11];
      let lane = lanesEnd.findIndex((end) => end < left);
      if (lane === -1) lane = lanesEnd.push(right) - 1;
      else lanesEnd[lane] = right;
      return { ...mark, x1, x2, y: AXIS + 14 + lane * LANE };
    });
  const height = AXIS + 14 + lanesEnd.length * LANE;
  return (
    <svg className="handout-timeline" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={label}>
      <line x1={MARGIN} x2={WIDTH - MARGIN} y1={AXIS - 8} y2={AXIS - 8} stroke="#1d1f23" />
      {scale.ticks.map((tick) => (
        <g key={tick.year} transform={`translate(${(MARGIN + tick.x).toFixed(1)} 0)`}>
          <line y1={AXIS - 12} y2={AXIS - 4} stroke="#1d1f23" />
          <text y={AXIS - 16} textAnchor="middle" fontSize={12} fill="#1d1f23">
            {tick.year}
          </text>
        </g>
      ))}
      {marks.map((mark) => (
        <g key={mark.number}>
          {mark.x2 - mark.x1 > 2 ? <rect x={mark.x1} y={mark.y - 3} width={mark.x2 - mark.x1} height={6} fill="#c9a9a9" /> : null}
          <circle cx={mark.x1} cy={mark.y} r={9} fill="#7a2e2e" />
          <text x={mark.x1} y={mark.y} textAnchor="middle" dy="0.35em" fontSize={10} fontWeight={700} fill="#fff">
            {mark.number}
          </text>
        </g>
      ))}
    </svg>
  );
}
