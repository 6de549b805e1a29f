import { buildStatusModel } from "@scomm/core";
import { loadDataset } from "@scomm/data";
import { describe, expect, it } from "vitest";
import { expectValidAtom, RFC3339 } from "../testing/atom.js";
import { atomXml, rfc3339 } from "./atom.js";
import { eventEntry, FEED_LENGTH, historyByEvent, jurisdictionFeed, siteFeed, tagUri } from "./event-feeds.js";

const model = buildStatusModel(loadDataset());
const SITE = "https://scomm.example:8443";
const NO_HISTORY = { history: historyByEvent([]), retractions: [] };
/** What an entry of `type="html"` reads as: its HTML's text. */
const htmlText = (html: string) =>
  html
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
const textOf = (value: string | { "#text": string }) => (typeof value === "string" ? value : value["#text"]);

describe("Atom feeds", () => {
  it("write calendar dates as RFC 3339 instants and ids as tag: URIs without the port", () => {
    expect(rfc3339("2011-07-01")).toBe("2011-07-01T00:00:00Z");
    expect(rfc3339("2011-07-01")).toMatch(RFC3339);
    expect(tagUri(SITE, "event:act-17031")).toBe("tag:scomm.example,2026:event:act-17031");
  });

  it("escape everything the XML carries", () => {
    const xml = atomXml({
      id: "tag:x.example,2026:feed",
      title: "A & B <C>",
      updated: "2011-07-01T00:00:00Z",
      self: "https://x.example/feed.atom?a=1&b=2",
      alternate: "https://x.example/",
      author: { name: 'Doña "Ana"' },
      entries: [
        {
          id: "tag:x.example,2026:event:1",
          title: "<b>not bold</b>",
          updated: "2011-07-01T00:00:00Z",
          link: { href: "https://x.example/j/35013" },
          summary: "Doña Ana 🙂",
          contentHtml: "<p>Doña &amp; Ana</p>",
        },
      ],
    });
    const feed = expectValidAtom(xml);
    expect(feed.link.find((l) => l["@_rel"] === "self")!["@_href"]).toBe("https://x.example/feed.atom?a=1&b=2");
    expect(feed.entry![0]!.content["#text"]).toBe("<p>Doña &amp; Ana</p>");
    expect(textOf(feed.title as string)).toBe("A & B <C>");
    expect(feed.author![0]!.name).toBe('Doña "Ana"');
    // Titles and summaries are type="html" (the `feed` package): escaped, so they read as the text they are.
    expect(htmlText(textOf(feed.entry![0]!.title))).toBe("<b>not bold</b>");
    expect(htmlText(textOf(feed.entry![0]!.summary))).toBe("Doña Ana 🙂");
  });

  it("the site feed is valid, newest first, at most FEED_LENGTH entries, each with its sources", () => {
    const feed = expectValidAtom(siteFeed(model, NO_HISTORY, SITE, "2020-06-15"));
    expect(feed.entry).toHaveLength(FEED_LENGTH);
    expect(feed.link.find((l) => l["@_rel"] === "self")!["@_href"]).toBe(`${SITE}/feed.atom`);
    for (const entry of feed.entry!) expect(entry.content["#text"]).toContain("<p>Sources:</p><ul><li>");
  });

  it("a county's feed holds its own, its state's and the federal events, and no other county's", () => {
    const cook = model.byId.get("17031")!;
    const feed = expectValidAtom(jurisdictionFeed(model, NO_HISTORY, cook, SITE, "2020-06-15"));
    const ids = new Set(feed.entry!.map((e) => e.id.split(":event:")[1]));
    expect(ids.has("act-17031")).toBe(true);
    expect(ids.has("full-17")).toBe(true);
    for (const e of model.federalEvents) expect(ids.has(e.id)).toBe(true);
    expect(ids.has("act-17043")).toBe(false);
    expect(feed.link.find((l) => l["@_rel"] === "self")!["@_href"]).toBe(`${SITE}/j/17031/feed.atom`);
  });

  it("an entry links to the event on its jurisdiction's page and names every source", () => {
    const event = model.eventsOf.get("17031")!.find((e) => e.sources.length > 1)!;
    const entry = eventEntry(event, SITE);
    expect(entry.link.href).toBe(`${SITE}/j/${event.jurisdictionIds[0]}#event-${event.id}`);
    for (const s of event.sources)
      expect(entry.contentHtml).toContain(s.publisher.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/'/g, "&apos;"));
  });

  it("puts a corrected event and a curator's new event first, on the day they went public, with the correction's reason", () => {
    const cook = model.eventsOf.get("17031")!.find((e) => e.id === "act-17031")!;
    const oldest = model.federalEvents[0]!;
    const history = {
      retractions: [],
      history: historyByEvent([
        { eventId: oldest.id, revision: 2, changedAt: "2026-11-30T09:00:00.000Z", action: "publish", change: "published", reason: "new" },
        {
          eventId: cook.id,
          revision: 2,
          changedAt: "2026-12-01T10:00:00.000Z",
          action: "publish",
          change: "corrected",
          reason: "the roster says <b>the 2nd</b>",
        },
      ]),
    };
    const feed = expectValidAtom(jurisdictionFeed(model, history, model.byId.get("17031")!, SITE, "2026-12-02"));
    expect(feed.entry!.slice(0, 2).map((e) => [e.id.split(":event:")[1], e.updated, e.published])).toEqual([
      [cook.id, "2026-12-01T10:00:00.000Z", `${cook.date}T00:00:00.000Z`],
      [oldest.id, "2026-11-30T09:00:00.000Z", "2026-11-30T09:00:00.000Z"],
    ]);
    expect(feed.updated).toBe("2026-12-01T10:00:00.000Z");
    expect(feed.entry![0]!.content["#text"]).toContain("<p>Corrected on 2026-12-01: the roster says &lt;b&gt;the 2nd&lt;/b&gt;</p>");
    expect(feed.entry![1]!.content["#text"]).not.toContain("Corrected on");
  });

  it("says when and why an event was retracted, under the id its entry had, in the feeds of its places only", () => {
    // A fixture: DuPage County's activation under another id, as if a duplicate of it had been published and retracted.
    const dupage = { ...model.eventsOf.get("17043")!.find((e) => e.id === "act-17043")!, id: "cur-duplicate" };
    const record = {
      history: historyByEvent([]),
      retractions: [{ eventId: dupage.id, changedAt: "2026-12-01T10:00:00.000Z", reason: "a duplicate row", event: dupage }],
    };
    const feed = expectValidAtom(jurisdictionFeed(model, record, model.byId.get("17043")!, SITE, "2026-12-02"));
    expect([feed.entry![0]!.id, textOf(feed.entry![0]!.title), feed.entry![0]!.updated]).toEqual([
      tagUri(SITE, "event:cur-duplicate"),
      "Retracted: DuPage County: Activated",
      "2026-12-01T10:00:00.000Z",
    ]);
    expect(feed.entry![0]!.content["#text"]).toContain("<p>Retracted on 2026-12-01: a duplicate row</p>");
    const cook = expectValidAtom(jurisdictionFeed(model, record, model.byId.get("17031")!, SITE, "2026-12-02"));
    expect(cook.entry!.some((e) => textOf(e.title).startsWith("Retracted"))).toBe(false);
    // An event still on the record is never listed as retracted too.
    const onRecord = {
      history: historyByEvent([]),
      retractions: [{ ...record.retractions[0]!, eventId: "act-17043", event: { ...dupage, id: "act-17043" } }],
    };
    expect(
      expectValidAtom(jurisdictionFeed(model, onRecord, model.byId.get("17043")!, SITE, "2026-12-02")).entry!.some((e) =>
        textOf(e.title).startsWith("Retracted"),
      ),
    ).toBe(false);
  });
});
