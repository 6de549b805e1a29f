import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { SuggestButton } from "../../corrections/components/correction-provider.js";
import { ExportButton } from "../../export/components/export-button.js";
import { LocatorMap } from "./locator-map.js";

/** Beside a jurisdiction's status: where it lies, and what a reader can do (export and share, suggest a correction). */
export function JurisdictionAside({ id, name, stateName }: { id: string; name: string; stateName: string }) {
  const { m } = useI18n();
  return (
    <aside className="jurisdiction-page__aside">
      <LocatorMap id={id} name={name} stateName={stateName} />
      <p className="jurisdiction-page__actions">
        <ExportButton figure={{ kind: "map", stateFips: id.slice(0, 2), jurisdictionId: id }} />
        <SuggestButton label={m.corrections.suggest} />
      </p>
    </aside>
  );
}
