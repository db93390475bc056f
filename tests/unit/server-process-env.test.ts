import { describe, expect, it } from "vitest";
import { MALLOC_ARENAS, serverProcessEnv } from "../../scripts/server-process-env";

describe("the server process's environment", () => {
  it("limits malloc's arenas, so a worker that ends leaves its memory to the next", () => {
    expect(serverProcessEnv({ PORT: "4217" })).toEqual({ PORT: "4217", MALLOC_ARENA_MAX: MALLOC_ARENAS });
  });

  it("keeps an operator's own choice", () => {
    expect(serverProcessEnv({ MALLOC_ARENA_MAX: "8" }).MALLOC_ARENA_MAX).toBe("8");
  });
});
