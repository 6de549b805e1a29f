import { EVENT_TYPES, type Confidence, type DatePrecision } from "@scomm/core";
import type { EventFields } from "../event-fields.js";
import { useCuratorI18n } from "../use-curator-i18n.js";
import { EventTextField, type EventTextFieldProps } from "./event-text-field.js";
import { Field, SelectField } from "./field.js";

const PRECISIONS: readonly DatePrecision[] = ["day", "month", "year"];
const CONFIDENCES: readonly Confidence[] = ["high", "medium", "low"];

interface WhatFieldsProps {
  fields: EventFields;
  set: (next: Partial<EventFields>) => void;
  errorsOf: (name: string) => string[] | undefined;
}

/** What happened: type, date and how precisely it is known, who acted, the summary (and in Spanish), confidence. */
export function WhatFields({ fields, set, errorsOf }: WhatFieldsProps) {
  const { c, m } = useCuratorI18n();
  const text = (name: EventTextFieldProps["name"], rows: number, hint?: string) => (
    <EventTextField name={name} rows={rows} hint={hint} fields={fields} set={set} errorsOf={errorsOf} />
  );
  return (
    <fieldset className="curator-fieldset">
      <legend className="curator-fieldset__legend">{c.form.legendWhat}</legend>
      <SelectField
        name="type"
        label={c.form.type}
        value={fields.type}
        blank
        choices={EVENT_TYPES.map((type) => ({ value: type, label: m.jurisdiction.eventTypes[type] }))}
        errors={errorsOf("type")}
        onChange={(type) => set({ type })}
      />
      <Field name="date" label={c.form.date} errors={errorsOf("date")}>
        {(props) => (
          <input
            {...props}
            className="view-field__input curator-input"
            type="date"
            value={fields.date}
            onChange={(e) => set({ date: e.currentTarget.value })}
          />
        )}
      </Field>
      <SelectField
        name="datePrecision"
        label={c.form.datePrecision}
        value={fields.datePrecision}
        choices={PRECISIONS.map((p) => ({ value: p, label: c.form.precisions[p] }))}
        errors={errorsOf("datePrecision")}
        onChange={(datePrecision) => set({ datePrecision })}
      />
      <SelectField
        name="confidence"
        label={c.form.confidence}
        value={fields.confidence}
        choices={CONFIDENCES.map((level) => ({ value: level, label: c.form.confidences[level] }))}
        errors={errorsOf("confidence")}
        onChange={(confidence) => set({ confidence })}
      />
      {text("actor", 1)}
      {text("summary", 4)}
      {text("actorEs", 1, c.form.spanishHint)}
      {text("summaryEs", 4, c.form.spanishHint)}
    </fieldset>
  );
}
