/**
 * A chart with its text alternative and data table. On screen a responsive canvas; on paper an
 * image drawn once at a fixed size and a high pixel ratio, because a canvas keeps its screen size
 * when printing (chart.js issue #7006) and comes out blurred.
 */
import type { ChartConfiguration } from 'chart.js';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Chart } from './charts/register';

/**
 * The size of the printed image in CSS pixels, printed 1:1 (96 px to the inch), so chart text
 * prints at the size it was drawn; the pixel ratio makes it sharp on paper.
 */
export const PRINT_SIZE = { width: 480, height: 270 } as const;
export const PRINT_PIXEL_RATIO = 3;

interface ChartFigureProps {
  id: string;
  // biome-ignore lint/suspicious/noExplicitAny: chart.js configurations differ per chart type.
  config: ChartConfiguration<any, any, any>;
  /** The chart in words, for screen readers and anyone who cannot see it. */
  alt: string;
  caption: string;
  printSize?: { width: number; height: number };
  className?: string;
  /** The data table with the same figures. */
  children: ComponentChildren;
}

function printImage(config: ChartFigureProps['config'], size: { width: number; height: number }): string | null {
  const holder = document.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  holder.style.cssText = `position:absolute;left:-10000px;top:0;width:${size.width}px;height:${size.height}px;`;
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  holder.append(canvas);
  document.body.append(holder);
  try {
    const chart = new Chart(canvas, {
      ...config,
      options: { ...config.options, responsive: false, animation: false, devicePixelRatio: PRINT_PIXEL_RATIO },
    });
    const url = chart.toBase64Image('image/png', 1);
    chart.destroy();
    return url;
  } catch {
    return null;
  } finally {
    holder.remove();
  }
}

function whenIdle(task: () => void): { cancel(): void } {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout: 500 });
    return { cancel: () => window.cancelIdleCallback(handle) };
  }
  const handle = window.setTimeout(task, 16);
  return { cancel: () => window.clearTimeout(handle) };
}

export function ChartFigure({
  id,
  config,
  alt,
  caption,
  printSize = PRINT_SIZE,
  className,
  children,
}: ChartFigureProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [image, setImage] = useState<string | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const chart = new Chart(canvas, {
      ...config,
      options: { ...config.options, devicePixelRatio: Math.max(globalThis.devicePixelRatio || 1, 2) },
    });
    // The print image takes longer (a large PNG): draw it once the screen is ready. Until it is
    // there, print falls back to the canvas.
    const later = whenIdle(() => setImage(printImage(config, printSize)));
    return () => {
      later.cancel();
      chart.destroy();
    };
  }, [config, printSize]);

  const captionId = `${id}-caption`;
  return (
    <figure
      class={`chart-figure ${image ? 'chart-figure--printable' : ''} ${className ?? ''}`}
      aria-labelledby={captionId}
    >
      <figcaption id={captionId} class="chart-figure__caption">
        {caption}
      </figcaption>
      <div class="chart-figure__box">
        <canvas ref={canvasRef} role="img" aria-label={alt} data-chart={id}>
          {alt}
        </canvas>
      </div>
      {image && (
        <img
          class="chart-figure__print"
          src={image}
          alt={alt}
          data-chart-print={id}
          style={{ width: `${printSize.width}px` }}
        />
      )}
      <div class="chart-figure__data">{children}</div>
    </figure>
  );
}
