import { describe, expect, it } from "vitest";
import { EMBED_HEIGHT_MESSAGE, heightMessage } from "./embed-message.js";

describe("heightMessage", () => {
  it("is the typed message the snippet listens for, its height rounded up to a whole pixel", () => {
    expect(heightMessage(812.2)).toEqual({ type: "scomm-atlas:height", height: 813 });
    expect(heightMessage(640)).toEqual({ type: EMBED_HEIGHT_MESSAGE, height: 640 });
  });
});
