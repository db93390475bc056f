import { routing } from "@/i18n/routing";
import { readSitemapPages } from "@/lib/data/sitemap/read-sitemap-pages";
import { parseSitemapFileName } from "@/lib/data/sitemap/sitemap-files";
import { notFoundProblem } from "@/lib/http/problem";
import { absoluteUrl } from "@/lib/site-url";
import { pageUrls, URLSET_CLOSE, urlsetOpen } from "@/lib/sitemap/sitemap-xml";

export const dynamic = "force-dynamic";

/** The XML of one sitemap file, piece by piece as the rows are read. */
async function* sitemapXml(name: string): AsyncGenerator<string> {
  const file = parseSitemapFileName(name)!;
  yield urlsetOpen();
  if (file.kind === "home") {
    // The pages every visitor starts from: the explorer and the list of tours (whose pages it links).
    for (const path of ["", "/tours"]) yield pageUrls({ path }, routing.locales, absoluteUrl);
  } else {
    for await (const pages of readSitemapPages(file.kind, file.part)) {
      yield pages.map((page) => pageUrls(page, routing.locales, absoluteUrl)).join("");
    }
  }
  yield URLSET_CLOSE;
}

function streamOf(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

/** One file of the sitemap index (/sitemap.xml): the home pages, or a slice of the entries or articles, streamed. */
export async function GET(_request: Request, context: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await context.params;
  if (!parseSitemapFileName(file)) return notFoundProblem(`No sitemap file "${file}"`);
  return new Response(streamOf(sitemapXml(file)), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
