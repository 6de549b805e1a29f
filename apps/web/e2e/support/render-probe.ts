import type { Page } from "playwright-core";

/**
 * Counts React renders in the built app, per watched element: each time React commits new props to a DOM
 * element it writes them to the element's `__reactProps$…` property (react-dom's commitHostUpdate), and the
 * component owning that element hands it a new props object on each of its renders. So a changed props
 * object between two samples is one render (or more) of the element's owner; an unchanged one, none. An
 * element replaced by another counts as a render too. Works on the minified production build, where
 * component names are gone.
 */
export class RenderProbe {
  constructor(
    private readonly page: Page,
    /** A name per watched element, and its CSS selector (the first match is watched). */
    private readonly watched: Record<string, string>,
  ) {}

  /** Takes each watched element's current props as the starting point, every count at 0. */
  async start(): Promise<void> {
    await this.page.evaluate((watched) => {
      const propsOf = (el: Element | null) => {
        if (!el) return null;
        const key = Object.keys(el).find((k) => k.startsWith("__reactProps$"));
        return key ? (el as unknown as Record<string, unknown>)[key] : null;
      };
      const probe = { counts: {} as Record<string, number>, last: {} as Record<string, unknown>, missing: [] as string[] };
      for (const [name, selector] of Object.entries(watched)) {
        const props = propsOf(document.querySelector(selector));
        if (!props) probe.missing.push(name);
        probe.counts[name] = 0;
        probe.last[name] = props;
      }
      (window as unknown as { renderProbe: unknown }).renderProbe = { ...probe, watched, propsOf };
    }, this.watched);
  }

  /** Names whose selector matched no element rendered by React when the probe started. */
  async missing(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { renderProbe: { missing: string[] } }).renderProbe.missing);
  }

  /** Looks at every watched element once: a new props object since the last look adds one to its count. */
  async sample(): Promise<void> {
    await this.page.evaluate(() => {
      type Probe = {
        counts: Record<string, number>;
        last: Record<string, unknown>;
        watched: Record<string, string>;
        propsOf: (el: Element | null) => unknown;
      };
      const probe = (window as unknown as { renderProbe: Probe }).renderProbe;
      for (const [name, selector] of Object.entries(probe.watched)) {
        const props = probe.propsOf(document.querySelector(selector));
        if (props !== probe.last[name]) probe.counts[name]! += 1;
        probe.last[name] = props;
      }
    });
  }

  async counts(): Promise<Record<string, number>> {
    return this.page.evaluate(() => (window as unknown as { renderProbe: { counts: Record<string, number> } }).renderProbe.counts);
  }
}
