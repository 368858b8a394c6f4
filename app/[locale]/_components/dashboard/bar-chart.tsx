import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import styles from './dashboard.module.css';

export type ChartSeries = { name: string; values: (number | null)[] };

type BarChartProps = {
  /** Accessible name of the image; the table below the chart carries the values. */
  label: string;
  categories: string[];
  series: ChartSeries[];
  format: (value: number) => string;
  /** The scale's end; defaults to the largest value. */
  max?: number;
};

const width = 400;
const labelHeight = 20;
const barHeight = 16;
const barGap = 3;
const groupGap = 14;
const valueSpace = 72;
const seriesClasses = [styles.series0, styles.series1, styles.series2];

/**
 * Horizontal grouped bars drawn on the server as SVG (visx scales and shapes, no client
 * JavaScript): each category's label above its bars, each value written beside its bar,
 * so the chart reads without colour. Legend as HTML. A missing value is drawn as "–".
 */
export function BarChart({ label, categories, series, format, max }: BarChartProps) {
  const largest = Math.max(0, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const x = scaleLinear<number>({
    domain: [0, max ?? (largest || 1)],
    range: [0, width - valueSpace],
  });
  const groupHeight = labelHeight + series.length * (barHeight + barGap) + groupGap;
  const height = categories.length * groupHeight;
  return (
    <div className={styles.chart}>
      {series.length > 1 && (
        <ul className={styles.legend}>
          {series.map((s, i) => (
            <li key={s.name}>
              <span aria-hidden="true" className={`${styles.swatch} ${seriesClasses[i]}`} />
              {s.name}
            </li>
          ))}
        </ul>
      )}
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={label}
        className={styles.svg}
        preserveAspectRatio="xMinYMin meet"
      >
        {categories.map((category, c) => (
          <Group key={category} top={c * groupHeight}>
            <text x={0} y={14} className={styles.category}>
              {category}
            </text>
            {series.map((s, i) => {
              const value = s.values[c] ?? null;
              const top = labelHeight + i * (barHeight + barGap);
              const length = value === null ? 0 : Math.max(value > 0 ? 2 : 0, x(value));
              return (
                <g key={s.name}>
                  <Bar
                    x={0}
                    y={top}
                    width={length}
                    height={barHeight}
                    className={seriesClasses[i]}
                  />
                  <text x={length + 6} y={top + barHeight - 3} className={styles.value}>
                    {value === null ? '–' : format(value)}
                  </text>
                </g>
              );
            })}
          </Group>
        ))}
      </svg>
    </div>
  );
}
