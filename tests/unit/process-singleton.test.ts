import { describe, expect, it, vi } from "vitest";

describe("processSingleton", () => {
  it("makes a value once per key, shared by every copy of the modules that ask for it", async () => {
    const create = vi.fn(() => ({ made: Math.random() }));
    const first = await import("@/lib/process-singleton");
    const value = first.processSingleton("test.shared", create);
    // As Next.js does per bundle and per reload: the same module evaluated again.
    vi.resetModules();
    const second = await import("@/lib/process-singleton");
    expect(second).not.toBe(first);
    expect(second.processSingleton("test.shared", create)).toBe(value);
    expect(create).toHaveBeenCalledTimes(1);
    expect(first.processSingleton("test.other", () => "other")).toBe("other");
  });
});
