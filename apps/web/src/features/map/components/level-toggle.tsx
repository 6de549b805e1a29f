import type { MapLevel } from "../../timeline/map-query.js";

const LEVELS: { level: MapLevel; label: string }[] = [
  { level: "county", label: "Counties" },
  { level: "state", label: "States" },
];

/** Colour the map by county or by state. */
export function LevelToggle({ level, onChange }: { level: MapLevel; onChange: (level: MapLevel) => void }) {
  return (
    <fieldset className="level-toggle">
      <legend className="visually-hidden">Show</legend>
      {LEVELS.map((l) => (
        <label key={l.level} className="level-toggle__option">
          <input type="radio" name="map-level" value={l.level} checked={level === l.level} onChange={() => onChange(l.level)} />
          <span>{l.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
