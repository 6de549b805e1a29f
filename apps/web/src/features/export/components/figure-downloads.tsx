import { useDeferredValue, useEffect, useId, useMemo, useState } from "react";
import { SHAPES, type FigureShape } from "@scomm/render";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import type { exportFileName } from "../figure-input.js";
import { svgBlob } from "../rasterise.js";
import { useFigureDownload } from "../use-figure-download.js";
import { DownloadButtons } from "./download-buttons.js";
import { LabelledChoice } from "./labelled-choice.js";
import type { FigureSource } from "../use-figure-source.js";

interface FigureDownloadsProps {
  source: FigureSource;
  fileName: Parameters<typeof exportFileName>[0];
  shape: FigureShape;
  onShape: (shape: FigureShape) => void;
}

/** The image: an editable title, its shape, a preview, and PNG (1x, 2x) and SVG downloads of exactly what the preview shows. */
export function FigureDownloads({ source, fileName, shape, onShape }: FigureDownloadsProps) {
  const { m, fill } = useI18n();
  const t = m.export;
  const inputId = useId();
  const [title, setTitle] = useState<string | null>(null);
  const shownTitle = title ?? source.defaultTitle ?? "";
  const previewTitle = useDeferredValue(shownTitle);
  const figure = useMemo(() => source.render?.(previewTitle || null, shape) ?? null, [source.render, previewTitle, shape]);
  const previewUrl = useObjectUrl(figure ? svgBlob(figure.svg) : null, figure?.svg);
  const { busy, failure, download } = useFigureDownload({ source, fileName, title: shownTitle, shape });

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
      <DownloadButtons figure={figure} busy={busy} onDownload={(format) => void download(format)} />
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
