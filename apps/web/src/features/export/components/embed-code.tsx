import { useState } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import type { ViewState } from "../../../lib/view-state.js";
import { embedOf, type ExportFigure } from "../export-figure.js";
import { embedSnippet, embedStartHeight, embedUrl } from "../export-links.js";
import { CopyField } from "./copy-field.js";
import { LabelledChoice } from "./labelled-choice.js";

type EmbedSize = "full" | "compact";
const SIZES: readonly EmbedSize[] = ["full", "compact"];

interface EmbedCodeProps {
  origin: string;
  figure: ExportFigure;
  view: ViewState;
  /** The zoom that frames a jurisdiction page's state, or null. */
  stateZoom: ViewState["zoom"];
}

/** The embed snippet, and for a map the choice of the full embed or the compact one (about 500 px tall). */
export function EmbedCode({ origin, figure, view, stateZoom }: EmbedCodeProps) {
  const { m } = useI18n();
  const t = m.export;
  const [size, setSize] = useState<EmbedSize>("full");
  const compact = figure.kind === "map" && size === "compact";
  const embed = embedOf(figure, view, stateZoom, compact);
  const src = embedUrl(origin, embed.embed, embed.view);
  return (
    <>
      {figure.kind === "map" && (
        <LabelledChoice
          name="export-embed-size"
          legend={t.embedSize}
          choices={SIZES.map((value) => ({ value, label: t.embedSizes[value] }))}
          value={size}
          onChange={setSize}
          testId="export-embed-size"
        />
      )}
      <CopyField
        label={t.embedCode}
        hint={compact ? t.embedIntroCompact : t.embedIntro[embed.embed]}
        value={embedSnippet(origin, src, t.embedTitle[embed.embed], embedStartHeight(embed.embed, compact))}
        multiline
        testId="export-embed"
      />
    </>
  );
}
