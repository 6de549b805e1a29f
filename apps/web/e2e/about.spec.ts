import { describe, expect, it } from "vitest";
import { keepScreenshot } from "./support/screenshots.js";
import { usePageSession } from "./support/session.js";

const session = usePageSession({ width: 1280, height: 800 });

describe("the About page", () => {
  it("dates the record, states the rules, defines the words, and says how to cite", async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}/about`);
    const record = page.getByTestId("record-dates");
    await expect.poll(() => record.innerText()).toMatch(/Events through .*2026; last updated .*2026\./);
    expect(await page.title()).toBe("About the record — SComm Atlas");
    for (const term of ["secure_communities", "moa", "detainer", "pep", "g287", "confidence"]) {
      expect(await page.locator(`#glossary-${term} dt`).count(), term).toBe(1);
    }
    expect(await page.locator(".about-page__rules li").count()).toBe(6);
    expect(await page.locator(".about-page__citation").innerText()).toContain(session.baseUrl);
    await keepScreenshot(page, "about.png", 2400);
  });

  it("is one click away from an event's confidence, landing on its definition, in Spanish too", async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}/j/51013?date=2012-01-01&lang=es`);
    const link = page.locator('[data-event-id="sc-019"] .glossary-link').first();
    await link.click();
    await page.waitForURL(/\/about\?.*#glossary-confidence$/);
    expect(await page.locator("#glossary-confidence dt").innerText()).toBe("Confianza");
    const box = await page.locator("#glossary-confidence").boundingBox();
    expect(box && box.y >= 0 && box.y < 800).toBe(true);
  });
});
