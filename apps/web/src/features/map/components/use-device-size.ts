import { useLayoutEffect, useState, type RefObject } from "react";

export interface DeviceSize {
  /** Device pixels. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel. */
  ratio: number;
}

const SETTLE_MS = 150;

/** The element's size in device pixels at a fixed aspect ratio; resizes settle before they count. */
export function useDeviceSize(ref: RefObject<HTMLElement | null>, aspect: number): DeviceSize | null {
  const [size, setSize] = useState<DeviceSize | null>(null);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const ratio = window.devicePixelRatio || 1;
      const width = Math.round(element.clientWidth * ratio);
      if (width === 0) return;
      setSize((s) => (s && s.width === width && s.ratio === ratio ? s : { width, height: Math.round(width * aspect), ratio }));
    };
    measure();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new ResizeObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(measure, SETTLE_MS);
    });
    observer.observe(element);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
    };
  }, [ref, aspect]);

  return size;
}
