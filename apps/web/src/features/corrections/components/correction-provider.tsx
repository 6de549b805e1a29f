import { createContext, lazy, Suspense, useContext, useMemo, useState, type ReactNode } from "react";
import type { CorrectionTarget } from "../correction-form.js";
import "../corrections.css";

/** The dialog, its form and styles load on the first click, not with the page. */
const CorrectionDialog = lazy(() => import("./correction-dialog.js"));

type Place = Omit<CorrectionTarget, "event">;
interface Suggest {
  place: Place;
  open: (target: CorrectionTarget) => void;
}
const SuggestContext = createContext<Suggest | null>(null);

/** One "Suggest a correction" dialog for a page about `place`: every button on it opens this one, about its own target. */
export function CorrectionProvider({ place, children }: { place: Place; children: ReactNode }) {
  const [target, setTarget] = useState<CorrectionTarget | null>(null);
  const { jurisdictionId, placeName } = place;
  const suggest = useMemo(() => ({ place: { jurisdictionId, placeName }, open: setTarget }), [jurisdictionId, placeName]);
  return (
    <SuggestContext.Provider value={suggest}>
      {children}
      {target && (
        <Suspense fallback={null}>
          <CorrectionDialog target={target} onClose={() => setTarget(null)} />
        </Suspense>
      )}
    </SuggestContext.Provider>
  );
}

interface SuggestButtonProps {
  /** The event the correction is about; the page's place when absent. */
  event?: CorrectionTarget["event"];
  label: string;
  /** Words that tell one row's button from the next to a screen reader (the event's date and kind); not shown. */
  context?: string;
  className?: string;
}

/** Opens the page's correction dialog about its place, or one of its events. */
export function SuggestButton({ event, label, context, className = "export-button suggest-button" }: SuggestButtonProps) {
  const suggest = useContext(SuggestContext);
  if (!suggest) throw new Error("SuggestButton needs a CorrectionProvider");
  const open = () => suggest.open(event ? { ...suggest.place, event } : suggest.place);
  return (
    <button
      type="button"
      className={className}
      aria-haspopup="dialog"
      onClick={open}
      data-testid="suggest-correction"
      data-correction-event={event?.id}
    >
      {label}
      {context && <span className="visually-hidden"> ({context})</span>}
    </button>
  );
}
