import type { Source } from "@scomm/core";
import { describe, expect, it } from "vitest";
import { copyLink, sourceHref } from "./source-links.js";

const source = (url: string | null, foundAt: string | null): Source => ({ title: "T", publisher: "P", date: null, url, foundAt });

describe("a source's links", () => {
  it("calls an archive's copy archived, and any other page only a copy", () => {
    const story = "https://news.example.org/story";
    expect(copyLink(source(story, `https://web.archive.org/web/2011/${story}`))?.kind).toBe("archive");
    expect(copyLink(source(story, "https://archive.ph/AbCd"))?.kind).toBe("archive");
    expect(copyLink(source(story, "https://mirror.example.net/story"))).toEqual({ href: "https://mirror.example.net/story", kind: "copy" });
  });
  it("offers no second link when it is the same page or not on the web", () => {
    expect(copyLink(source("https://a.example/x", "https://a.example/x"))).toBeNull();
    expect(copyLink(source("https://a.example/x", "github:owner/repo notes.md"))).toBeNull();
    expect(sourceHref(source(null, "github:owner/repo notes.md"))).toBeNull();
    expect(sourceHref(source(null, "https://a.example/y"))).toBe("https://a.example/y");
  });
});
