import { describe, expect, it } from "vitest";
import { curatorPath, parseCuratorPath } from "./curator-path.js";

describe("curator paths", () => {
  it("reads each screen from its path", () => {
    expect(parseCuratorPath("/curator")).toEqual({ name: "work" });
    expect(parseCuratorPath("/curator/sign-in")).toEqual({ name: "sign-in" });
    expect(parseCuratorPath("/curator/events/new")).toEqual({ name: "new-event" });
    expect(parseCuratorPath("/curator/events/sc-001")).toEqual({ name: "edit-event", id: "sc-001" });
    expect(parseCuratorPath("/curator/events/sc-001/history")).toEqual({ name: "history", id: "sc-001" });
    expect(parseCuratorPath("/curator/accounts")).toEqual({ name: "accounts" });
  });

  it("answers null for a path that is no screen, or a malformed escape", () => {
    expect(parseCuratorPath("/curator/nothing")).toBeNull();
    expect(parseCuratorPath("/curator/events/%E0")).toBeNull();
    expect(parseCuratorPath("/curator/events/a/b")).toBeNull();
  });

  it("writes the path each screen is read from", () => {
    expect(curatorPath({ name: "history", id: "a b" })).toBe("/curator/events/a%20b/history");
    expect(curatorPath({ name: "tokens" })).toBe("/curator/tokens");
    expect(parseCuratorPath(curatorPath({ name: "edit-event", id: "cur-0a" }))).toEqual({ name: "edit-event", id: "cur-0a" });
  });
});
