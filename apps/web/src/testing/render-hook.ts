import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";

interface ProbeProps {
  hook: () => unknown;
  seen: (value: unknown) => void;
}

function Probe({ hook, seen }: ProbeProps) {
  seen(hook());
  return null;
}

/** What a hook returns on a component's first render, drawn on the server (no DOM): for pure hooks such as a table model. */
export function renderHook<T>(hook: () => T): T {
  let result: { value: T } | null = null;
  renderToStaticMarkup(createElement(Probe, { hook, seen: (value) => (result = { value: value as T }) }));
  if (!result) throw new Error("renderHook: the hook did not run");
  return (result as { value: T }).value;
}
