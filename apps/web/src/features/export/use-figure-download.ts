import type { FigureShape } from "@scomm/render";
import { useState } from "react";
import { useI18n } from "../../lib/i18n/use-i18n.js";
import { exportFileName } from "./figure-input.js";
import { saveBlob, svgBlob, svgToPng } from "./rasterise.js";
import type { FigureSource } from "./use-figure-source.js";

export type DownloadFormat = "png" | "png2x" | "svg";

interface FigureDownloadInput {
  source: FigureSource;
  fileName: Parameters<typeof exportFileName>[0];
  title: string;
  shape: FigureShape;
}

/** `download` saves the figure with this title and shape as SVG or PNG (1x, 2x); which one is being made, and why one failed. */
export function useFigureDownload({ source, fileName, title, shape }: FigureDownloadInput) {
  const { m, fill } = useI18n();
  const [busy, setBusy] = useState<DownloadFormat | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const download = async (format: DownloadFormat) => {
    if (!source.render) return;
    setBusy(format);
    setFailure(null);
    try {
      const made = source.render(title || null, shape);
      if (format === "svg") saveBlob(svgBlob(made.svg), exportFileName(fileName, "svg"));
      else {
        const scale = format === "png2x" ? 2 : 1;
        saveBlob(await svgToPng(made.svg, made.width, made.height, scale), exportFileName({ ...fileName, scale }, "png"));
      }
    } catch (error) {
      setFailure(fill(m.export.failed, { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(null);
    }
  };
  return { busy, failure, download };
}
