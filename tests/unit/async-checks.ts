/** The error `run` throws, for a test to look at; fails the test when nothing is thrown. */
export async function refusal(run: () => unknown): Promise<{ code: string; status: number; message: string }> {
  try {
    await run();
  } catch (error) {
    return error as { code: string; status: number; message: string };
  }
  throw new Error("not refused");
}

/** Waits until `check` answers true, asking every `everyMs`; throws after `timeoutMs`. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs = 120_000, everyMs = 50): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
