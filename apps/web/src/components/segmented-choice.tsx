/** One option of a `SegmentedChoice`: its value and its words. */
export interface Choice<T extends string> {
  value: T;
  label: string;
}

interface SegmentedChoiceProps<T extends string> {
  /** The radio group's name (one per page). */
  name: string;
  /** What is chosen, read by screen readers (the group's legend). */
  legend: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  className?: string;
  testId?: string;
}

/**
 * A few mutually exclusive options as one row of segments: native radios (arrow keys move between them),
 * styled by `.level-toggle` (map.css). The map's level, the chart's measure and the export's shape use it.
 */
export function SegmentedChoice<T extends string>({ name, legend, choices, value, onChange, className, testId }: SegmentedChoiceProps<T>) {
  return (
    <fieldset className={["level-toggle", className].filter(Boolean).join(" ")} data-testid={testId}>
      <legend className="visually-hidden">{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="level-toggle__option">
          <input type="radio" name={name} value={choice.value} checked={value === choice.value} onChange={() => onChange(choice.value)} />
          <span>{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
