import { describe, expect, it } from "vitest";
import en from "@/messages/en/imports.json";
import ru from "@/messages/ru/imports.json";

/** The import report's table: where a row is in the file, and which row it is (its title), under headers a reader can tell apart. */
describe("the import report's column headers", () => {
  it.each([
    ["en", en],
    ["ru", ru],
  ])("name the position and the row's title differently in %s", (_, messages) => {
    const job = messages.imports.job;
    for (const position of [job.line, job.feature, job.placemark]) expect(position).not.toBe(job.row);
  });
});
