import { validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { staffOpenApiDocument } = await import("@/lib/openapi/staff-openapi-document");

describe("the staff API's OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await validate(structuredClone(staffOpenApiDocument()) as Parameters<typeof validate>[0]);
    expect(result).toMatchObject({ valid: true });
  });

  it("says that an editor's save of published work is accepted for review (202), beside a live save (200) and a conflict (409)", () => {
    const paths = staffOpenApiDocument().paths ?? {};
    for (const path of ["/api/v1/admin/entries/{slug}", "/api/v1/admin/articles/{slug}", "/api/v1/admin/tours/{slug}"]) {
      const responses = paths[path]?.put?.responses ?? {};
      expect(Object.keys(responses), path).toEqual(expect.arrayContaining(["200", "202", "400", "401", "403", "404", "409", "422"]));
      expect(responses["202"], path).toMatchObject({
        description: expect.stringMatching(/proposal/),
        content: { "application/json": { schema: { $ref: "#/components/schemas/ProposalAccepted" } } },
      });
      expect(responses["409"], path).toMatchObject({ content: { "application/problem+json": {} } });
    }
  });
});
