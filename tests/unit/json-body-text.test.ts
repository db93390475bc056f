import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { readJsonBody } from "@/lib/http/read-json-body";

const schema = z.object({ title: z.string() }).passthrough();

function request(json: string): Request {
  return new Request("http://localhost/api/v1/admin/articles", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: json,
  });
}

async function refusal(json: string): Promise<AppError> {
  const error = await readJsonBody(request(json), schema).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

// JSON may escape half of a surrogate pair on its own ("\ud800"); such a string is no Unicode text,
// and the database driver refuses to store it, which surfaced as a 500 from every admin write.
describe("a JSON body's text", () => {
  it.each([
    ["a lone leading surrogate in a value", String.raw`{"title":"a\ud800b"}`],
    ["a lone trailing surrogate in a value", String.raw`{"title":"\udc00"}`],
    ["a lone surrogate in a nested value", String.raw`{"title":"ok","items":[{"note":"\ud83d"}]}`],
    ["a lone surrogate in a key", String.raw`{"title":"ok","\ud800":1}`],
  ])("is refused as a 400 naming the body when it holds %s", async (_, json) => {
    const error = await refusal(json);
    expect(error.code).toBe("INVALID_REQUEST");
    expect(error.message).toMatch(/not valid Unicode text/);
  });

  it("keeps a whole surrogate pair (an emoji) and other text as it is", async () => {
    const body = await readJsonBody(request(String.raw`{"title":"Память \ud83c\udf39 ✓"}`), schema);
    expect(body.title).toBe("Память 🌹 ✓");
  });
});
