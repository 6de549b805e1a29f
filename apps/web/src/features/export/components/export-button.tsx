import { memo, lazy, Suspense, useState } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import type { ExportFigure } from "../export-figure.js";
import "../export-button.css";

/** The dialog, the renderer and the fonts load on the first click, not with the page. */
const ExportDialog = lazy(() => import("./export-dialog.js"));

/** "Export and share": opens the export dialog for this page's figure. Memoised: a slider step leaves it alone (the open dialog reads the view itself). */
export const ExportButton = memo(function ExportButton({ figure }: { figure: ExportFigure }) {
  const { m } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="export-button"
        aria-haspopup="dialog"
        title={m.export.openHint}
        onClick={() => setOpen(true)}
        data-testid="export-open"
      >
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path
            d="M8 2v8M4.5 6.5 8 10l3.5-3.5M3 12.5h10"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        {m.export.open}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportDialog figure={figure} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
});
