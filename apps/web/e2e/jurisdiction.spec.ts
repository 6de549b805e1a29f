import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { JurisdictionPage } from "./pages/jurisdiction-page.js";
import { connectBrowser } from "./support/browser.js";
import { keepScreenshot } from "./support/screenshots.js";

let browser: Browser;
let context: BrowserContext;
let page: Page;
let jurisdiction: JurisdictionPage;
beforeAll(async () => {
  browser = await connectBrowser(inject("wsEndpoint"));
});
afterAll(() => browser.close());
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  page = await context.newPage();
  jurisdiction = new JurisdictionPage(page, inject("baseUrl"));
});
afterEach(() => context.close());

describe("a county's page", () => {
  it("Arlington County, VA: the 2010-09-28 board resolution and the federal replies, each with its sources", async () => {
    await jurisdiction.open("51013", { date: "2011-07-01" });
    expect(await jurisdiction.name.innerText()).toBe("Arlington County, VA");
    expect(await page.getByTestId("population").innerText()).toBe("2010 population: 207,627");

    const resolution = jurisdiction.event("sc-019");
    expect(await resolution.locator("time").innerText()).toBe("September 28, 2010");
    expect(await resolution.innerText()).toContain("Arlington County Board (resolution by J. Walter Tejada)");
    expect(await jurisdiction.sourceLinks(resolution)).toContainEqual({
      href: "https://uncoverthetruth.org/events/arlington-county-board-passes-resolution-against-secure-communities-unanimously/",
      text: "Arlington County Board Resolution on Secure Communities (adopted September 28, 2010)",
    });
    // ICE's answers to the county, and DHS's to everyone who asked to opt out.
    for (const [id, date] of [
      ["sc-023", "November 5, 2010"],
      ["sc-024", "March 1, 2011"],
      ["sc-022", "October 6, 2010"],
    ] as const) {
      const reply = jurisdiction.event(id);
      expect(await reply.locator("time").innerText()).toBe(date);
      expect(await reply.innerText()).toContain("Opt-out denied");
      const links = await jurisdiction.sourceLinks(reply);
      expect(links.length).toBeGreaterThan(0);
      expect(links.every((l) => l.href?.startsWith("http"))).toBe(true);
    }
    // The county stopped pursuing its objection on 2010-11-08: its own event, and the colour follows.
    const withdrawn = jurisdiction.event("sc-y910");
    expect(await withdrawn.locator("time").innerText()).toBe("November 8, 2010");
    expect(await withdrawn.innerText()).toContain("Objection withdrawn");
    expect(await jurisdiction.category()).toBe("activated");
    expect(await jurisdiction.whyStep("county_stance").locator('[data-event-id="sc-y910"]').count()).toBe(1);
    await keepScreenshot(page, "j-51013.png", 2600);
    // Before the withdrawal, the opt-out request is what makes the colour.
    await jurisdiction.open("51013", { date: "2010-10-15" });
    expect(await jurisdiction.category()).toBe("over_objection");
    expect(await jurisdiction.whyStep("county_stance").locator('[data-event-id="sc-019"]').count()).toBe(1);
  });

  it("tells a Spanish reader each event in Spanish: the researched summaries and the roster's switch-on", async () => {
    await jurisdiction.open("51013", { date: "2011-07-01", lang: "es" });
    const resolution = jurisdiction.event("sc-019").locator(".event-item__summary");
    expect(await resolution.getAttribute("lang")).toBe("es");
    expect(await resolution.innerText()).toContain("Junta del Condado de Arlington");
    const switchOn = jurisdiction.event("act-51013").locator(".event-item__summary");
    expect(await switchOn.innerText()).toMatch(/^ICE activó Secure Communities en Arlington/);
  });

  it("Cook County, IL on 2013-02-01: over objection through Illinois' May 2011 termination and its own Sept 2011 ordinance", async () => {
    await jurisdiction.open("17031", { date: "2013-02-01" });
    expect(await jurisdiction.category()).toBe("over_objection");
    expect(await page.getByTestId("status-at-date").getAttribute("data-category")).toBe("over_objection");

    const state = jurisdiction.whyStep("state_stance");
    expect(await state.getAttribute("class")).toContain("why-step--decides");
    const termination = state.locator('[data-event-id="sc-030"]');
    expect(await termination.innerText()).toMatch(
      /Illinois terminated its agreement with ICE on May 4, 2011 \(Governor Pat Quinn.*\) — while it objects, every Illinois county counts as objecting/,
    );
    expect((await jurisdiction.sourceLinks(termination)).length).toBeGreaterThan(0);

    // What DHS answered, and why the map still counts the objection.
    const answers = state.getByTestId("federal-answers");
    expect(await answers.locator('[data-event-id="sc-041"]').innerText()).toContain(
      "DHS declared every state agreement void on August 5, 2011",
    );
    expect(await answers.innerText()).toContain("These answers did not withdraw the objection itself");

    const county = jurisdiction.whyStep("county_stance");
    const ordinance = county.locator('[data-event-id="sc-042"]');
    expect(await ordinance.innerText()).toContain("Cook County limited its cooperation with ICE detainers on September 7, 2011");
    expect(await county.innerText()).toContain("The state's position weighs more");
    expect(await jurisdiction.whyStep("activation").innerText()).toContain("January 22, 2013");
    expect(await jurisdiction.why.getByTestId("why-result").innerText()).toContain("So on February 1, 2013: Activated over objection");
    await keepScreenshot(page, "j-17031-2013-02-01.png", 2400);
  });

  it("puts records that disagree on a date side by side with a note (Prince George's County, MD)", async () => {
    await jurisdiction.open("24033", { date: "2011-07-01" });
    const disputed = jurisdiction.timeline.getByTestId("disputed");
    // In reading order: the day-dated record, then the one known only to the month.
    expect(await disputed.getAttribute("data-event-ids")).toBe("act-24033 sc-007");
    expect(await disputed.locator('[data-event-id="sc-007"] time').innerText()).toBe("December 2009");
    expect(await disputed.locator('[data-event-id="act-24033"] time').innerText()).toBe("December 22, 2009");
    expect(await disputed.innerText()).toContain("The map goes by December 22, 2009");
  });

  it("filters the timeline by who acted", async () => {
    await jurisdiction.open("24033", { date: "2011-07-01" });
    await page.getByRole("checkbox", { name: "Federal" }).uncheck();
    expect(await jurisdiction.event("sc-001").count()).toBe(0);
    expect(await jurisdiction.event("act-24033").count()).toBe(1);
    await page.getByRole("checkbox", { name: "Federal" }).check();
    expect(await jurisdiction.event("sc-001").count()).toBe(1);
  });

  it("moves the explanation with the page's date, in Spanish too", async () => {
    await jurisdiction.open("17031", { date: "2011-06-01", lang: "es" });
    expect(await jurisdiction.category()).toBe("opt_out_pending");
    expect(await jurisdiction.why.locator("h3").innerText()).toBe("Por qué este color el 1 de junio de 2011");
    expect(await jurisdiction.whyStep("state_stance").innerText()).toContain("Illinois rescindió su acuerdo con ICE el 4 de mayo de 2011");
    await page.getByRole("button", { name: "Mes siguiente" }).click();
    await jurisdiction.ready("2011-07-01");
    expect(new URL(page.url()).searchParams.get("date")).toBe("2011-07-01");
    expect(await jurisdiction.why.locator("h3").innerText()).toBe("Por qué este color el 1 de julio de 2011");
  });
});

describe("a state's page", () => {
  it("New York: k of n counties, its counties over time and sortable, its own events", async () => {
    await jurisdiction.open("36", { date: "2011-07-01" });
    expect(await jurisdiction.name.innerText()).toBe("New York");
    expect(await page.getByTestId("deployment").innerText()).toMatch(
      /^\d+ of 62 counties activated \(\d+(\.\d)?% of the 2010 population\)$/,
    );
    const state = jurisdiction.whyStep("state_stance");
    expect(await state.innerText()).toContain("New York suspended its participation on June 1, 2011 (Governor Andrew Cuomo)");
    await page.getByTestId("state-chart").locator("path").first().waitFor();

    const table = page.getByTestId("counties-table");
    await table.locator("tbody tr").first().waitFor();
    expect(await table.locator("tbody tr").count()).toBe(62);
    const firstCounty = () => table.locator("tbody tr th").first().innerText();
    expect(await table.locator('th[aria-sort="ascending"]').innerText()).toContain("Activated");
    await table.getByRole("button", { name: /Population/ }).click();
    expect(await firstCounty()).toBe("Kings County");
    await table.getByRole("button", { name: /County/ }).click();
    expect(await firstCounty()).toBe("Albany County");
    await page.evaluate(() => window.scrollTo(0, 0));
    await keepScreenshot(page, "j-36.png", 2600);
  });
});

describe("printing", () => {
  it("hides the controls and writes each source's address after its link", async () => {
    await jurisdiction.open("51013", { date: "2011-07-01" });
    await page.emulateMedia({ media: "print" });
    expect(await page.getByTestId("date-slider").isVisible()).toBe(false);
    expect(await page.getByTestId("search").isVisible()).toBe(false);
    const after = await jurisdiction
      .event("sc-019")
      .locator(".source-list__title")
      .first()
      .evaluate((a) => getComputedStyle(a, "::after").content);
    expect(after).toBe('" <http://topics.arlingtonva.us/arlington-secure-communities-program/>"');
  });
});
