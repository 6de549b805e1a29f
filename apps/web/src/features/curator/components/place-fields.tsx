import type { PlaceLevel } from "@scomm/core";
import { SearchBox } from "../../search/components/search-box.js";
import type { SearchOption } from "../../search/search-options.js";
import type { EventFields } from "../event-fields.js";
import { useCuratorI18n } from "../use-curator-i18n.js";
import { Field, SelectField } from "./field.js";

const LEVELS: readonly PlaceLevel[] = ["county", "city", "state", "federal"];

interface PlaceFieldsProps {
  fields: EventFields;
  set: (next: Partial<EventFields>) => void;
  errorsOf: (name: string) => string[] | undefined;
}

const levelOf = (option: SearchOption): PlaceLevel => (option.kind === "state" ? "state" : option.kind === "county" ? "county" : "city");

/** Where the event is recorded: a place chosen with the site's own search (or the nation), as its source names it. */
export function PlaceFields({ fields, set, errorsOf }: PlaceFieldsProps) {
  const { c, fill, place } = useCuratorI18n();
  const errors = errorsOf("jurisdiction") ?? [];
  const choose = (option: SearchOption) =>
    set({ jurisdictionIds: [option.id], stateCode: option.stateCode, placeName: option.name, placeLevel: levelOf(option) });
  const chooseNation = () => set({ jurisdictionIds: ["US"], stateCode: null, placeName: "", placeLevel: "federal" });
  const chosen =
    fields.jurisdictionIds.length === 0
      ? c.form.noneChosen
      : fill(c.form.chosen, {
          place: `${place(fields.placeName || fields.jurisdictionIds.join(", "))}${fields.stateCode ? `, ${fields.stateCode}` : ""} (${fields.jurisdictionIds.join(", ")})`,
        });
  return (
    <fieldset className="curator-fieldset" data-testid="place-fields">
      <legend className="curator-fieldset__legend">{c.form.legendPlace}</legend>
      <div className={`curator-field curator-field--wide${errors.length > 0 ? " curator-field--invalid" : ""}`}>
        <span className="curator-field__label" id="curator-jurisdiction-label">
          {c.form.jurisdiction}
        </span>
        <p className="curator-chosen" data-testid="chosen-jurisdiction" aria-live="polite">
          {chosen}
        </p>
        <div className="curator-place-search">
          <SearchBox label={c.form.jurisdiction} testId="jurisdiction-search" onChoose={choose} />
          <button type="button" className="view-button" onClick={chooseNation}>
            {c.form.federalChoice}
          </button>
        </div>
        <p className="curator-field__hint">{c.form.jurisdictionHint}</p>
        {errors.length > 0 && (
          <p className="curator-field__error" data-testid="error-jurisdiction">
            {errors.join("; ")}
          </p>
        )}
      </div>
      <Field name="placeName" label={c.form.placeName} errors={errorsOf("placeName")}>
        {(props) => (
          <input
            {...props}
            className="view-field__input curator-input"
            value={fields.placeName}
            onChange={(e) => set({ placeName: e.currentTarget.value })}
          />
        )}
      </Field>
      <SelectField
        name="placeLevel"
        label={c.form.placeLevel}
        value={fields.placeLevel}
        choices={LEVELS.map((level) => ({ value: level, label: c.form.levels[level] }))}
        errors={errorsOf("placeLevel")}
        onChange={(placeLevel) => set({ placeLevel })}
      />
    </fieldset>
  );
}
