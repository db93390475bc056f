import { expect, test } from "./fixtures";
import { CURATOR, staffPage } from "./staff";

/**
 * A client-side navigation request names the layouts the browser already holds, and Next.js then
 * renders only the page: a check made only in a layout would be skipped. Each staff page checks for
 * itself, so a visitor crafting such a request gets no staff data.
 */
function routerStateTree(segments: string[]): string {
  // The tree claims every layout down to the page and a different page below it, so Next.js renders
  // the requested page alone, without any layout above it.
  const tree = segments.reduceRight<unknown[]>(
    (child, segment) => [segment, { children: child }],
    ["another-page", { children: ["__PAGE__", {}] }],
  );
  return encodeURIComponent(JSON.stringify(["", { children: [["locale", "en", "d", null], { children: tree }] }]));
}

const PAGES = [
  { path: "/en/admin/entries", segments: ["(admin)", "admin", "entries"], secret: "/admin/entries/rzhev-memorial" },
  { path: "/en/admin/entries/deleted", segments: ["(admin)", "admin", "entries", "deleted"], secret: "Deleted entries" },
  { path: "/en/admin/entries/rzhev-memorial", segments: ["(admin)", "admin", "entries", "rzhev-memorial"], secret: "expectedVersion" },
  {
    path: "/en/admin/entries/rzhev-memorial/history",
    segments: ["(admin)", "admin", "entries", "rzhev-memorial", "history"],
    secret: "History of",
  },
  {
    path: "/en/admin/articles",
    segments: ["(admin)", "admin", "articles"],
    secret: "/admin/articles/rzhev-memorial-central-figure-installation-begins",
  },
];

for (const page of PAGES) {
  test(`a visitor's hand-made navigation request to ${page.path} gets no staff data`, async ({ request }) => {
    const response = await request.get(page.path, {
      headers: { RSC: "1", "Next-Router-State-Tree": routerStateTree(page.segments) },
      maxRedirects: 0,
    });
    const body = await response.text();
    expect(body).not.toContain(page.secret);
  });
}

// The same request from a curator does carry the data, so the checks above can fail.
test("the same requests show a signed-in curator the data", async ({ browser }) => {
  const curator = await staffPage(browser, CURATOR);
  for (const page of PAGES) {
    const response = await curator.request.get(page.path, {
      headers: { RSC: "1", "Next-Router-State-Tree": routerStateTree(page.segments) },
    });
    expect(await response.text(), page.path).toContain(page.secret);
  }
});
