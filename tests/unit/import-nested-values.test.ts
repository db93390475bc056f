import { describe, expect, it } from "vitest";
import { rowEditInput } from "@/lib/import/row-edit";
import { entryEditSchema } from "@/lib/validation/entry-edit";
import { readImportUpload } from "./read-import-upload";

const nested = (depth: number) => `${"[".repeat(depth)}1${"]".repeat(depth)}`;
const feature = (geometry: string, properties: string) =>
  `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":${geometry},"properties":${properties}}]}`;
const read = async (text: string) => (await readImportUpload("deep.geojson", new TextEncoder().encode(text))).parsed;

/** Found by the trust harness (scripts/trust/fuzz, surface 13): String() and Number() walk a nested array to its bottom, and 100,000 levels overflow the stack. */
describe("a GeoJSON file with values nested 100,000 deep", () => {
  it("reads coordinates nested that deep as no number, so the editor's checks refuse the row", async () => {
    const { rows } = await read(feature(`{"type":"Point","coordinates":[${nested(100_000)},${nested(100_000)}]}`, '{"title_en":"Deep"}'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.entry.latitude).toBeNaN();
    expect(entryEditSchema.safeParse(rowEditInput(rows[0]!.entry, "deep", new Map())).success).toBe(false);
  });

  it("reads a property nested that deep as no value, and a geometry type nested that deep as an unknown geometry", async () => {
    const { rows } = await read(
      feature("null", `{"title_en":"Deep","title_ru":${nested(100_000)},"aliases_en":[${nested(100_000)},"ok"]}`),
    );
    expect(rows[0]!.entry.texts.en?.title).toBe("Deep");
    expect(rows[0]!.entry.texts.ru?.title ?? "").toBe("");
    expect(rows[0]!.entry.texts.en?.aliases).toEqual(["ok"]);
    const { unreadable } = await read(feature(`{"type":${nested(100_000)},"coordinates":[1,2]}`, "{}"));
    expect(unreadable).toEqual([{ line: 1, reason: { key: "notPoint", params: { type: "?" } } }]);
  });
});
