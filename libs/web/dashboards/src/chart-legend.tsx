export interface ChartLegendItem {
  key: string;
  label: string;
  color: string;
  /** Line sample with this dash pattern ("0" = solid). */
  dash?: string;
  /** A filled swatch instead of a line: a solid colour or an SVG paint such as url(#pattern). */
  fill?: string;
  /** Mouse shortcut; the same destination is always offered as a keyboard link outside the chart. */
  onClick?: () => void;
}

/**
 * Legend for recharts' <Legend content>: a sample of each series' dash pattern or fill, then its
 * name, so series differ by more than colour.
 */
export function ChartLegend({ items }: { items: readonly ChartLegendItem[] }) {
  return (
    <ul className="cc-dash-legend">
      {items.map((item) => (
        <li
          key={item.key}
          className={item.onClick ? 'cc-dash-legend__item cc-dash-legend__item--link' : 'cc-dash-legend__item'}
          onClick={item.onClick}
        >
          <svg width="30" height="14" aria-hidden="true" focusable="false">
            {item.fill ? (
              <rect x="2" y="1" width="26" height="12" fill={item.fill} stroke={item.color} strokeWidth="1.5" />
            ) : (
              <line
                x1="1"
                y1="7"
                x2="29"
                y2="7"
                stroke={item.color}
                strokeWidth="3"
                strokeDasharray={item.dash ?? '0'}
              />
            )}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
