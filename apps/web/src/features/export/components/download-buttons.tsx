import { useI18n } from "../../../lib/i18n/use-i18n.js";
import type { DownloadFormat } from "../use-figure-download.js";
import type { RenderedFigure } from "../use-figure-source.js";

interface DownloadButtonsProps {
  /** The figure as previewed; null while it is prepared (the buttons wait for it). */
  figure: RenderedFigure | null;
  busy: DownloadFormat | null;
  onDownload: (format: DownloadFormat) => void;
}

/** PNG (1x, 2x) and SVG downloads, each with its pixel size. */
export function DownloadButtons({ figure, busy, onDownload }: DownloadButtonsProps) {
  const { m, fill } = useI18n();
  const t = m.export;
  const size = (scale: number) => (figure ? fill(t.size, { width: figure.width * scale, height: figure.height * scale }) : "");
  return (
    <div className="export-downloads" role="group" aria-label={t.image}>
      {(["png", "png2x", "svg"] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="export-download"
          onClick={() => onDownload(format)}
          disabled={!figure || busy !== null}
          data-testid={`export-${format}`}
        >
          <span className="export-download__name">{format === "png" ? t.png : format === "png2x" ? t.png2x : t.svg}</span>
          <span className="export-download__detail">{format === "svg" ? t.svgSize : size(format === "png2x" ? 2 : 1)}</span>
        </button>
      ))}
    </div>
  );
}
