import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { NotFoundPage } from "./pages/jurisdiction-page.js";
import { SearchBox } from "./pages/search-box.js";
import { connectBrowser } from "./support/browser.js";
import { keepScreenshot } from "./support/screenshots.js";

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
});
afterEach(() => context.close());

describe("the 404 page", () => {
  it("answers /j/99999 with a real 404, says which FIPS is unknown, and offers search", async () => {
    const response = await page.goto(`${inject("baseUrl")}/j/99999`);
    expect(response?.status()).toBe(404);
    const notFound = new NotFoundPage(page);
    await notFound.main.waitFor({ timeout: 30_000 });
    expect(await notFound.main.getByRole("heading", { level: 2 }).innerText()).toBe("Page not found");
    expect(await notFound.main.innerText()).toContain("No state or county has the FIPS code “99999”.");
    expect(await page.title()).toBe("Not found — SComm Atlas");
    await notFound.main.getByText("Nothing is close to “99999”").waitFor();

    const search = new SearchBox(page, "not-found-search");
    await search.type("arlington va");
    await search.press("Enter");
    await page.waitForURL(/\/j\/51013/);
  });

  it("offers the closest matches to what was typed in the address", async () => {
    await page.goto(`${inject("baseUrl")}/j/cook-county`);
    const notFound = new NotFoundPage(page);
    await notFound.matches.first().waitFor({ timeout: 30_000 });
    expect(await notFound.main.innerText()).toContain("“cook-county” is not a jurisdiction id.");
    expect((await notFound.matches.allInnerTexts()).slice(0, 3)).toEqual(["Cook County", "Cook County", "Cook County"]);
    await notFound.matches.first().click();
    await page.waitForURL(/\/j\/17031/);

    await page.goto(`${inject("baseUrl")}/j/17999`);
    await notFound.matches.first().waitFor({ timeout: 30_000 });
    expect(await notFound.matches.first().innerText()).toBe("Illinois");
  });

  it("answers an unknown page with the same 404 page", async () => {
    await page.goto(`${inject("baseUrl")}/counties/dona-ana?date=2011-07-01`);
    const notFound = new NotFoundPage(page);
    await notFound.matches.first().waitFor({ timeout: 30_000 });
    expect(await notFound.main.innerText()).toContain("There is no page at /counties/dona-ana.");
    expect(await notFound.matches.first().innerText()).toBe("Doña Ana County");
    await keepScreenshot(page, "not-found.png", 1000);
  });
});
