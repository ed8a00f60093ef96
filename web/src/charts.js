// ECharts, with only the parts the dashboard draws (keeps the bundle small).
import * as echarts from 'echarts/core';
import { BarChart, LineChart, GraphChart } from 'echarts/charts';
import {
  GridComponent, TooltipComponent, LegendComponent, DataZoomComponent, TitleComponent, GraphicComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart, LineChart, GraphChart, GridComponent, TooltipComponent, LegendComponent, DataZoomComponent,
  TitleComponent, GraphicComponent, CanvasRenderer,
]);

export const FONT = '-apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "DejaVu Sans", sans-serif';

// A chart in `element` that follows the element's size.
export function createChart(element) {
  const chart = echarts.init(element, null, { renderer: 'canvas' });
  new ResizeObserver(() => chart.resize()).observe(element);
  return chart;
}

// A centred grey message in place of a chart (no data, an error).
export function messageOption(text) {
  return {
    graphic: [{
      type: 'text', left: 'center', top: 'middle',
      style: { text, fill: '#6b7280', font: `13px ${FONT}`, textAlign: 'center' },
    }],
  };
}

// Goldstein -10 .. +10 as a colour: red (conflict) through grey to blue
// (cooperation). Used for network edges and their legend.
const NEGATIVE = [178, 24, 43], NEUTRAL = [160, 164, 171], POSITIVE = [33, 102, 172];

export function goldsteinColor(value) {
  const t = Math.max(-1, Math.min(1, Number(value) / 10 || 0));
  const end = t < 0 ? NEGATIVE : POSITIVE;
  const mix = NEUTRAL.map((c, i) => Math.round(c + (end[i] - c) * Math.abs(t)));
  return `rgb(${mix.join(',')})`;
}

export const GOLDSTEIN_GRADIENT = `linear-gradient(to right, ${[-10, -5, 0, 5, 10].map(goldsteinColor).join(', ')})`;
