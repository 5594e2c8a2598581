import { init, use as registerECharts } from 'echarts/core';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

registerECharts([CanvasRenderer]);

type EChartProps = {
  /** The chart; callers register the chart types and components they use with `use` from echarts/core (imported as `registerECharts`). */
  option: EChartsCoreOption;
  height: number;
  ariaLabel: string;
  testId?: string;
};

/** One ECharts canvas that follows its container's width and the option it is given. */
export function EChart({ option, height, ariaLabel, testId }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = init(element);
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);

  return (
    <div
      ref={container}
      role="img"
      aria-label={ariaLabel}
      data-testid={testId}
      style={{ width: '100%', height }}
    />
  );
}
