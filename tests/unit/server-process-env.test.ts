import { describe, expect, it } from "vitest";
import { MALLOC_ARENAS, serverProcessEnv } from "../../scripts/server-process-env";

describe("the server process's environment", () => {
  it("limits malloc's arenas, so a worker that ends leaves its memory to the next", () => {
    const env = serverProcessEnv({ ...process.env, PORT: "4217", MALLOC_ARENA_MAX: undefined });
    expect(env.MALLOC_ARENA_MAX).toBe(MALLOC_ARENAS);
    expect(env.PORT).toBe("4217");
  });

  it("keeps an operator's own choice", () => {
    expect(serverProcessEnv({ ...process.env, MALLOC_ARENA_MAX: "8" }).MALLOC_ARENA_MAX).toBe("8");
  });
});
