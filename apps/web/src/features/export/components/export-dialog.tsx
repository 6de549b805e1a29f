import { useQuery } from "@tanstack/react-query";
import type { FigureShape } from "@scomm/render";
import { useMemo, useState } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { useLocationState } from "../../../lib/location.js";
import { useTRPC } from "../../../lib/trpc.js";
import { atlasQuery } from "../../map/atlas.js";
import { jurisdictionZoom } from "../../map/frame-zoom.js";
import { fileNameParts, serverImageQuery, type ExportFigure } from "../export-figure.js";
import { permalink } from "../export-links.js";
import { useFigureSource } from "../use-figure-source.js";
import { CopyField } from "./copy-field.js";
import { DataLinks } from "./data-links.js";
import { EmbedCode } from "./embed-code.js";
import { FigureDownloads } from "./figure-downloads.js";
import { ModalDialog } from "./modal-dialog.js";
import { ServerImages } from "./server-images.js";
import "../export.css";

interface ExportDialogProps {
  figure: ExportFigure;
  onClose: () => void;
}

/** Everything a reporter takes away from a view: the image, the data, the server's URLs, a permalink and an embed. */
export default function ExportDialog({ figure: given, onClose }: ExportDialogProps) {
  const { m } = useI18n();
  const t = m.export;
  const trpc = useTRPC();
  const { route, view } = useLocationState();
  const origin = window.location.origin;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the figure changes when its content does, not its identity.
  const figure = useMemo(() => given, [JSON.stringify(given)]);
  const source = useFigureSource(figure, view);
  const [shape, setShape] = useState<FigureShape>("landscape");
  const jurisdictionId = figure.kind === "map" ? figure.jurisdictionId : null;
  const jurisdiction = useQuery({
    ...trpc.jurisdictions.byId.queryOptions({ id: jurisdictionId ?? "US" }),
    enabled: jurisdictionId !== null,
  });
  const atlas = useQuery({ ...atlasQuery, enabled: jurisdictionId !== null });
  const zoom = jurisdictionId && atlas.data ? jurisdictionZoom(atlas.data, jurisdictionId.slice(0, 2)) : null;
  const named = jurisdiction.data && jurisdictionId ? { id: jurisdictionId, name: jurisdiction.data.jurisdiction.name } : null;

  return (
    <ModalDialog title={t.title[figure.kind]} closeLabel={t.close} onClose={onClose} className="export-dialog">
      <div className="export-dialog__grid" data-testid="export-dialog">
        <FigureDownloads
          key={`${view.lang}/${view.date}`}
          source={source}
          fileName={fileNameParts(figure, view, shape)}
          shape={shape}
          onShape={setShape}
        />
        <div className="export-dialog__side">
          <section className="export-section" aria-labelledby="export-share-title">
            <h3 id="export-share-title" className="export-section__title">
              {t.share}
            </h3>
            <CopyField label={t.permalink} hint={t.permalinkHint} value={permalink(origin, route, view)} testId="export-permalink" />
            <EmbedCode origin={origin} figure={figure} view={view} stateZoom={zoom} />
          </section>
          <DataLinks origin={origin} date={view.date} jurisdiction={named} />
          <ServerImages origin={origin} query={serverImageQuery(figure, view, shape)} />
        </div>
      </div>
    </ModalDialog>
  );
}
