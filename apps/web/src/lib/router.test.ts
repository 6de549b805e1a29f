import { CURATOR_PAGES, EMBED_PAGES, SITE_PAGES } from "@scomm/core";
import { describe, expect, it } from "vitest";
import { parseRoute, routePath } from "./router.js";

describe("parseRoute", () => {
  it("reads every page from the path and writes it back", () => {
    for (const path of ["/", "/trends", "/changes", "/table", "/j/36047", "/embed/map", "/embed/trends"]) {
      expect(routePath(parseRoute(path))).toBe(path);
    }
    expect(parseRoute("/j/36047/")).toEqual({ page: "jurisdiction", id: "36047" });
  });
  it("reads a reader's correction link and the curators' queue", () => {
    const token = `${"aB3_-".repeat(8)}xyz`;
    expect(parseRoute(`/corrections/${token}`)).toEqual({ page: "correction", token });
    expect(routePath({ page: "correction", token })).toBe(`/corrections/${token}`);
    expect(parseRoute("/corrections/too-short").page).toBe("not-found");
    expect(parseRoute("/curator/corrections")).toEqual({ page: "curator", screen: { name: "corrections" } });
  });
  it("sends an unknown path or a malformed escape to the 404 page instead of throwing", () => {
    expect(parseRoute("/nowhere")).toEqual({ page: "not-found", path: "/nowhere" });
    expect(parseRoute("/j/%E0%A4%A")).toEqual({ page: "not-found", path: "/j/%E0%A4%A" });
  });
});

describe("the site's pages (core's SITE_PAGES and EMBED_PAGES, which the api serves and lists)", () => {
  it("are all pages this router knows", () => {
    for (const path of [...SITE_PAGES, ...EMBED_PAGES, ...CURATOR_PAGES]) expect(parseRoute(path).page, path).not.toBe("not-found");
  });
});
