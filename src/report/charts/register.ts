/**
 * chart.js with only what the report draws: a bar chart (time per trend) and a radar (drivers).
 * Imported only from the report, so chart.js stays out of the first load of the scan.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  LinearScale,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
} from 'chart.js';
import { CHART_FONT } from './timeShare';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  RadarController,
  RadialLinearScale,
  LineElement,
  PointElement,
  Filler,
);
Chart.defaults.locale = 'nl-NL';
Chart.defaults.font.family = CHART_FONT;
Chart.defaults.color = '#1b1b1f';

export { Chart };
