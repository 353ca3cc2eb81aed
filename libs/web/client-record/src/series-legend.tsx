export interface LegendItem {
  label: string;
  color: string;
  /** A line sample with this dash pattern ("0" = solid). */
  dash?: string;
  /** A marker sample instead of a line. */
  marker?: 'triangle' | 'circle';
  /** A tinted swatch (band shading). */
  swatch?: boolean;
}

/** Legend content for recharts' <Legend content>: shows dash patterns and markers, not only colour. */
export function SeriesLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="cc-record__legend">
      {items.map((item) => (
        <li key={item.label}>
          <svg width="28" height="12" aria-hidden="true" focusable="false">
            {item.swatch ? (
              <rect x="2" y="1" width="24" height="10" fill={item.color} stroke="#6b7c87" strokeWidth="0.5" />
            ) : item.marker === 'triangle' ? (
              <path d="M14 1 L20 11 L8 11 Z" fill={item.color} stroke="#1c2a33" strokeWidth="1" />
            ) : item.marker === 'circle' ? (
              <circle cx="14" cy="6" r="4" fill={item.color} />
            ) : (
              <line x1="1" y1="6" x2="27" y2="6" stroke={item.color} strokeWidth="2.5" strokeDasharray={item.dash ?? '0'} />
            )}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
