import { describe, expect, it } from "vitest";
import { fieldLabelParts } from "@/lib/revisions/field-label";

describe("a revision's field keys, read as the form's fields", () => {
  it("names a translated field with its language, a link by its type, a citation by its field", () => {
    expect(fieldLabelParts("translations.en.summary")).toEqual({ kind: "text", locale: "en", field: "summary" });
    expect(fieldLabelParts("relations.part_of")).toEqual({ kind: "link", type: "part_of" });
    expect(fieldLabelParts("sources.date")).toEqual({ kind: "source", field: "date" });
    expect(fieldLabelParts("mentions.rzhev-memorial")).toEqual({ kind: "mention", slug: "rzhev-memorial" });
  });

  it("maps stored column names to the form's own", () => {
    expect(fieldLabelParts("dateEdtf")).toEqual({ kind: "field", field: "date" });
    expect(fieldLabelParts("countryCode")).toEqual({ kind: "field", field: "country" });
    expect(fieldLabelParts("slug")).toEqual({ kind: "field", field: "slug" });
  });
});
