import { buildStatusModel } from "@scomm/core";
import { describe, expect, it } from "vitest";
import { createRenderCache } from "./render-cache.js";
import { renderedFile } from "./rendered-file.js";

describe("createRenderCache", () => {
  const model = buildStatusModel({ jurisdictions: [], events: [] });

  it("makes a file once per model and key, sharing one making between concurrent requests", async () => {
    const cache = createRenderCache();
    let made = 0;
    const make = async () => {
      made++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return renderedFile("body", "text/plain");
    };
    const [a, b] = await Promise.all([cache.get(model, ["x", 1], make), cache.get(model, ["x", 1], make)]);
    expect(a).toBe(b);
    expect(await cache.get(model, ["x", 1], make)).toBe(a);
    expect(made).toBe(1);
    await cache.get(model, ["x", 2], make);
    await cache.get(buildStatusModel({ jurisdictions: [], events: [] }), ["x", 1], make);
    expect(made).toBe(3);
  });

  it("does not keep a failed making", async () => {
    const cache = createRenderCache();
    await expect(cache.get(model, ["y"], () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect((await cache.get(model, ["y"], () => renderedFile("ok", "text/plain"))).body.toString()).toBe("ok");
  });
});
