import type { ComponentProps } from "react";
import { SegmentedChoice } from "../../../components/segmented-choice.js";

/** A `SegmentedChoice` with its legend also shown before it (the dialog's shape and embed size). */
export function LabelledChoice<T extends string>(props: ComponentProps<typeof SegmentedChoice<T>>) {
  return (
    <div className="export-choice">
      <span className="export-choice__label" aria-hidden="true">
        {props.legend}
      </span>
      <SegmentedChoice {...props} />
    </div>
  );
}
