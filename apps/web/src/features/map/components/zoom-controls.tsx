import { memo } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import type { MapZoom } from "../../../lib/view-state.js";
import { IDENTITY, normalizeZoom, ZOOM_MAX, zoomStep } from "../zoom.js";

/**
 * +, − and reset over the map's corner: discrete steps, each its own history entry; + heads for `focus`. A button that can do
 * nothing says so (aria-disabled) but keeps the focus a keyboard user left on it.
 * Memoised: a slider step leaves it alone.
 */
export const ZoomControls = memo(function ZoomControls({
  zoom,
  onZoom,
  focus = null,
}: {
  zoom: MapZoom | null;
  onZoom: (zoom: MapZoom | null) => void;
  focus?: readonly [number, number] | null;
}) {
  const { m } = useI18n();
  const t = m.map.zoom;
  const current = zoom ?? IDENTITY;
  const buttons = [
    { label: t.zoomIn, glyph: "+", off: current.k >= ZOOM_MAX, next: () => normalizeZoom(zoomStep(current, 1, focus)) },
    { label: t.zoomOut, glyph: "−", off: !zoom, next: () => normalizeZoom(zoomStep(current, -1)) },
    { label: t.reset, glyph: null, off: !zoom, next: () => null },
  ];
  return (
    <div className="zoom-controls" role="group" aria-label={t.group}>
      {buttons.map((b) => (
        <button
          key={b.label}
          type="button"
          aria-label={b.label}
          title={b.label}
          aria-disabled={b.off}
          onClick={() => !b.off && onZoom(b.next())}
        >
          {b.glyph ? (
            <span aria-hidden="true">{b.glyph}</span>
          ) : (
            <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M2 6V2h4M14 6V2h-4M2 10v4h4M14 10v4h-4" fill="none" stroke="currentColor" strokeWidth="1.6" />
            </svg>
          )}
        </button>
      ))}
    </div>
  );
});
