import { useI18n } from "../../../lib/i18n/use-i18n.js";
import type { MapLevel } from "../../timeline/map-query.js";

const LEVELS: readonly MapLevel[] = ["county", "state"];

/** Colour the map by county or by state. */
export function LevelToggle({ level, onChange }: { level: MapLevel; onChange: (level: MapLevel) => void }) {
  const { m } = useI18n();
  return (
    <fieldset className="level-toggle">
      <legend className="visually-hidden">{m.map.show}</legend>
      {LEVELS.map((l) => (
        <label key={l} className="level-toggle__option">
          <input type="radio" name="map-level" value={l} checked={level === l} onChange={() => onChange(l)} />
          <span>{m.levels[l]}</span>
        </label>
      ))}
    </fieldset>
  );
}
