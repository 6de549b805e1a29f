import { memo } from "react";
import type { MapLevel } from "@scomm/core";
import { SegmentedChoice } from "../../../components/segmented-choice.js";
import { useI18n } from "../../../lib/i18n/use-i18n.js";

const LEVELS: readonly MapLevel[] = ["county", "state"];

/** Colour the map by county or by state. Memoised: a slider step leaves it alone. */
export const LevelToggle = memo(function LevelToggle({ level, onChange }: { level: MapLevel; onChange: (level: MapLevel) => void }) {
  const { m } = useI18n();
  const choices = LEVELS.map((l) => ({ value: l, label: m.levels[l] }));
  return <SegmentedChoice name="map-level" legend={m.map.show} choices={choices} value={level} onChange={onChange} />;
});
