import { useDeferredValue, useEffect, useId, useMemo, useState } from "react";
import { SHAPES, type FigureShape } from "@scomm/render";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { exportFileName } from "../figure-input.js";
import { saveBlob, svgBlob, svgToPng } from "../rasterise.js";
import { LabelledChoice } from "./labelled-choice.js";
import type { FigureSource } from "../use-figure-source.js";

interface FigureDownloadsProps {
  source: FigureSource;
  fileName: Parameters<typeof exportFileName>[0];
  shape: FigureShape;
  onShape: (shape: FigureShape) => void;
}

type Format = "png" | "png2x" | "svg";

/** The image: an editable title, its shape, a preview, and PNG (1x, 2x) and SVG downloads of exactly what the preview shows. */
export function FigureDownloads({ source, fileName, shape, onShape }: FigureDownloadsProps) {
  const { m, fill } = useI18n();
  const t = m.export;
  const inputId = useId();
  const [title, setTitle] = useState<string | null>(null);
  const [busy, setBusy] = useState<Format | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const shownTitle = title ?? source.defaultTitle ?? "";
  const previewTitle = useDeferredValue(shownTitle);
  const figure = useMemo(() => source.render?.(previewTitle || null, shape) ?? null, [source.render, previewTitle, shape]);
  const previewUrl = useObjectUrl(figure ? svgBlob(figure.svg) : null, figure?.svg);

  const download = async (format: Format) => {
    if (!source.render) return;
    setBusy(format);
    setFailure(null);
    try {
      const made = source.render(shownTitle || null, shape);
      if (format === "svg") saveBlob(svgBlob(made.svg), exportFileName(fileName, "svg"));
      else {
        const scale = format === "png2x" ? 2 : 1;
        saveBlob(await svgToPng(made.svg, made.width, made.height, scale), exportFileName({ ...fileName, scale }, "png"));
      }
    } catch (error) {
      setFailure(fill(t.failed, { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(null);
    }
  };

  const size = (scale: number) => (figure ? fill(t.size, { width: figure.width * scale, height: figure.height * scale }) : "");
  return (
    <section className="export-section" aria-labelledby={`${inputId}-heading`}>
      <h3 id={`${inputId}-heading`} className="export-section__title">
        {t.image}
      </h3>
      <TitleField id={inputId} shown={shownTitle} edited={title !== null} onChange={setTitle} />
      <LabelledChoice
        name="export-shape"
        legend={t.shape}
        choices={SHAPES.map((value) => ({ value, label: t.shapes[value] }))}
        value={shape}
        onChange={onShape}
        testId="export-shape"
      />
      <p className="export-note">
        {t.imageNote} {t.shapeNote}
      </p>
      <div className="export-preview" data-testid="export-preview" aria-busy={!figure}>
        {previewUrl && figure ? (
          <img src={previewUrl} alt={t.preview} width={figure.width} height={figure.height} />
        ) : (
          <p role="status">{source.error ? fill(t.failed, { message: source.error.message }) : t.preparing}</p>
        )}
      </div>
      <div className="export-downloads" role="group" aria-label={t.image}>
        {(["png", "png2x", "svg"] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="export-download"
            onClick={() => void download(format)}
            disabled={!figure || busy !== null}
            data-testid={`export-${format}`}
          >
            <span className="export-download__name">{format === "png" ? t.png : format === "png2x" ? t.png2x : t.svg}</span>
            <span className="export-download__detail">{format === "svg" ? t.svgSize : size(format === "png2x" ? 2 : 1)}</span>
          </button>
        ))}
      </div>
      {failure && (
        <p role="alert" className="export-error">
          {failure}
        </p>
      )}
    </section>
  );
}

/** The title on the image: the default until the reader types, and a button back to it. */
function TitleField({
  id,
  shown,
  edited,
  onChange,
}: {
  id: string;
  shown: string;
  edited: boolean;
  onChange: (title: string | null) => void;
}) {
  const { m } = useI18n();
  return (
    <div className="export-title">
      <label htmlFor={id}>{m.export.titleLabel}</label>
      <div className="export-title__row">
        <input id={id} type="text" value={shown} onChange={(e) => onChange(e.target.value)} data-autofocus data-testid="export-title" />
        <button type="button" className="export-link-button" onClick={() => onChange(null)} disabled={!edited}>
          {m.export.resetTitle}
        </button>
      </div>
    </div>
  );
}

/** An object URL for a Blob, revoked when the content changes or the component goes. */
function useObjectUrl(blob: Blob | null, key: string | undefined): string | null {
  const [url, setUrl] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the Blob is rebuilt each render; its content (`key`) is what matters.
  useEffect(() => {
    if (!blob) return setUrl(null);
    const next = URL.createObjectURL(blob);
    setUrl(next);
    return () => URL.revokeObjectURL(next);
    // The Blob is rebuilt each render; its content (`key`) is what matters.
  }, [key]);
  return url;
}
