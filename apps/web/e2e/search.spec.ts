import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { JurisdictionPage } from "./pages/jurisdiction-page.js";
import { SearchBox } from "./pages/search-box.js";
import { connectBrowser } from "./support/browser.js";

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await connectBrowser(inject("wsEndpoint"));
});
afterAll(() => browser.close());
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  // Away from the map, where choosing a match opens its page (on the map it pins it: search-places.spec.ts).
  await page.goto(`${inject("baseUrl")}/table?date=2011-07-01&level=county`);
});
afterEach(() => context.close());

describe("the header's search box", () => {
  it("opens the best match on Enter: 'arlingtn va' lands on Arlington County, VA", async () => {
    const search = new SearchBox(page);
    await search.type("arlingtn va");
    await search.press("Enter");
    await page.waitForURL(/\/j\/51013\?/);
    const jurisdiction = new JurisdictionPage(page, inject("baseUrl"));
    await jurisdiction.ready("2011-07-01");
    expect(await jurisdiction.name.innerText()).toBe("Arlington County, VA");
    expect(new URL(page.url()).searchParams.get("date")).toBe("2011-07-01");
  });

  it("is a keyboard combobox: Down/Up move the active option, Enter opens it, Escape closes then clears", async () => {
    const search = new SearchBox(page);
    expect(await search.input.getAttribute("aria-controls")).toBe(await search.listbox.getAttribute("id"));
    await search.type("cook");
    await search.options.first().waitFor();
    expect(await search.expanded()).toBe("true");
    // Three Cook Counties: the state tells them apart.
    const texts = await search.optionTexts();
    expect(texts.slice(0, 3).map((t) => t.replace(/\s+/g, " "))).toEqual([
      "Cook County Illinois",
      "Cook County Georgia",
      "Cook County Minnesota",
    ]);

    await search.press("ArrowDown");
    await search.press("ArrowDown");
    const active = await search.activeOption();
    expect(await active?.getAttribute("aria-selected")).toBe("true");
    expect(await active?.innerText()).toContain("Georgia");
    await search.press("ArrowUp");
    expect(await (await search.activeOption())?.innerText()).toContain("Illinois");

    await search.press("Escape");
    expect(await search.expanded()).toBe("false");
    expect(await search.input.getAttribute("aria-activedescendant")).toBeNull();
    expect(await search.input.inputValue()).toBe("cook");
    await search.press("Escape");
    expect(await search.input.inputValue()).toBe("");

    await search.type("cook");
    await search.options.first().waitFor();
    await search.press("ArrowDown");
    await search.press("ArrowDown");
    await search.press("Enter");
    await page.waitForURL(/\/j\/13075\?/);
  });

  it("finds cities on their county and goes back with the browser", async () => {
    const search = new SearchBox(page);
    await search.type("chicago");
    const texts = await search.optionTexts();
    expect(texts[0]?.replace(/\s+/g, " ")).toBe("Chicago City · Cook County, IL");
    await search.options.first().click();
    await page.waitForURL(/\/j\/17031\?/);
    await page.goBack();
    await page.waitForURL(/\/table\?date=2011-07-01/);
  });

  it("says so when nothing matches", async () => {
    const search = new SearchBox(page);
    await search.type("zzxqy");
    // The same box says "Loading names…" until the index is built: wait for the answer, not the box.
    await search.box.locator(".search-box__empty", { hasText: "No county" }).waitFor();
    expect(await search.status.innerText()).toBe("No county, state or city matches “zzxqy”.");
    expect(await search.expanded()).toBe("false");
  });
});
