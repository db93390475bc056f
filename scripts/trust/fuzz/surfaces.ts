import fc from "fast-check";
import { allowedMethods } from "@/lib/http/api-route-methods";
import type { HostileFile } from "./hostile-images";
import { hostileCsv, hostileGeojson, hostileKml } from "./hostile-imports";
import { pageHtml, pageText } from "./hostile-pages";
import { hostileJsonBody, hostileQuery, nastyString, nastyValue, nearlyValid, plausible, type RawBody } from "./hostile-values";

/** Who sends a request: nobody signed in, or a signed-in member of staff. */
export type Sender = "visitor" | "curator" | "admin";

/** One request a surface throws at the app. */
export interface HttpCase {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  sender: Sender;
  body?: RawBody | { form: [string, string | HostileFile][] };
  /** A new client address for each request (sign-in is limited per address; the harness is trusted as a proxy). */
  freshAddress?: boolean;
  /** What a 2xx answer wrote, for the count check afterwards ("import": an import job, whose entries the job reports). */
  creates?: "entry" | "article" | "media" | "user" | "import";
}

/** The records the harness makes before it starts, for the surfaces that change an existing one. */
export interface Fixtures {
  entrySlug: string;
  articleSlug: string;
  mediaId: string;
  /** An editor account the users surface may disable, enable, re-role and sign out. */
  victimId: string;
  files: HostileFile[];
  /** Import files that lie, are in the wrong encoding, too large, or built to make a parser work without end. */
  importFiles: HostileFile[];
}

export interface Surface {
  name: string;
  /**
   * Addresses asked once, untimed, before the surface's inputs: what loads lazily on a first request
   * (the gazetteer's places and coastlines) is a slow start, measured elsewhere, not a hang.
   */
  warmUp?: string[];
  cases: (fixtures: Fixtures) => fc.Arbitrary<HttpCase>;
}

/** Percent-encodes every byte of the text's UTF-8 (a lone surrogate becomes U+FFFD, as a browser sends it). */
const encodeSegment = (text: string) => [...Buffer.from(text, "utf8")].map((byte) => `%${byte.toString(16).padStart(2, "0")}`).join("");

/** A path segment: plausible, nasty (encoded), or a raw malformed escape. */
function segment(plausibleValue: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: plausibleValue.map(encodeURIComponent) },
    { weight: 2, arbitrary: nastyString.filter((value) => value.length < 2000).map(encodeSegment) },
    { weight: 1, arbitrary: fc.constantFrom("100%25", "%C0%AF", "%", "%E0%A4%A", "%00", "..%2F..", "a%2Fb", "%ZZ") },
  );
}

const withQuery = (path: string) => (query: string) => (query ? `${path}?${query}` : path);

const translations = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc.record({ en: nearlyValid(fields), ru: fc.oneof(nearlyValid(fields), nastyValue) }, { requiredKeys: [] });

const entryFields = {
  slug: plausible.slug.map((slug) => `trust-fuzz-${slug}`),
  kind: fc.constantFrom("place", "memorial", "event", "person", "monument", "x"),
  date: plausible.date,
  endDate: plausible.date,
  latitude: plausible.latitude,
  longitude: plausible.longitude,
  country: fc.constantFrom("RU", "DE", "XX", "ru", ""),
  status: fc.constantFrom("draft", "published", "review"),
  translations: translations({ title: plausible.text, summary: plausible.text, description: plausible.text }),
  tags: fc.array(plausible.slug, { maxLength: 3 }),
  relations: fc.array(fc.record({ type: plausible.text, target: plausible.slug }), { maxLength: 2 }),
  citations: fc.array(fc.record({ source: plausible.text, page: plausible.text }), { maxLength: 2 }),
};

const articleFields = {
  slug: plausible.slug.map((slug) => `trust-fuzz-${slug}`),
  language: fc.constantFrom("en", "ru", "de"),
  translations: translations({ title: plausible.text, body: fc.oneof(plausible.text, fc.constant("<p>ok</p><script>alert(1)</script>")) }),
  mentions: fc.array(fc.record({ entrySlug: plausible.slug }), { maxLength: 2 }),
};

const version = fc.oneof(fc.integer({ min: -1, max: 5 }), nastyValue);

const METHODS: HttpCase["method"][] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/**
 * An import upload: a hostile file (made once) or a small generated one, a dry run or not (or a
 * value that is neither), sometimes with the file left out or sent as a plain field.
 */
function importUpload(files: HostileFile[]): fc.Arbitrary<HttpCase> {
  return fc
    .tuple(
      fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...files) }, hostileCsv, hostileGeojson, hostileKml),
      fc.oneof(fc.constantFrom(undefined, "true", "false", "on", ""), nastyString),
      fc.constantFrom("file", "file", "file", "file", "none", "text"),
    )
    .map(([file, dryRun, how]): HttpCase => {
      const form: [string, string | HostileFile][] = [];
      if (dryRun !== undefined) form.push(["dryRun", dryRun]);
      if (how === "file") form.push(["file", file]);
      if (how === "text") form.push(["file", file.bytes.subarray(0, 2000).toString("utf8")]);
      return { method: "POST", path: "/api/v1/admin/imports", sender: "curator", body: { form }, creates: "import" };
    });
}

/** Every surface: the public API's parameters, every admin API body, uploads, imports and sign-in. */
export const SURFACES: Surface[] = [
  {
    name: "GET /api/v1/viewport",
    cases: () =>
      hostileQuery({
        bbox: plausible.bbox,
        from: plausible.date,
        to: plausible.date,
        after: plausible.date,
        before: plausible.date,
        kinds: fc.constantFrom("place", "memorial,event", "x", ",,,"),
        q: plausible.text,
        countries: fc.constantFrom("RU", "RU,DE", "ru", "XXX"),
        tags: fc.constantFrom("war", "a,b", "Bad Tag"),
        comparable: plausible.slug,
        require: fc.constantFrom("coordinates", "dates", "both"),
        locale: fc.constantFrom("en", "ru", "fr"),
        limit: plausible.int,
        aggregate: fc.constantFrom("map", "timeline", "x"),
        zoom: plausible.int,
      }).map((query) => ({ method: "GET", path: withQuery("/api/v1/viewport")(query), sender: "visitor" })),
  },
  {
    name: "GET /api/v1/search",
    cases: () =>
      hostileQuery({ q: plausible.text, locale: fc.constantFrom("en", "ru", "xx"), limit: plausible.int }).map((query) => ({
        method: "GET",
        path: withQuery("/api/v1/search")(query),
        sender: "visitor",
      })),
  },
  {
    name: "GET /api/v1/entries/<slug>",
    cases: () =>
      fc
        .tuple(segment(plausible.slug), hostileQuery({ locale: fc.constantFrom("en", "ru", "xx") }))
        .map(([slug, query]) => ({ method: "GET", path: withQuery(`/api/v1/entries/${slug}`)(query), sender: "visitor" })),
  },
  {
    name: "GET /api/v1/entry-options (public and staff)",
    cases: () =>
      fc
        .tuple(
          hostileQuery({
            q: plausible.text,
            locale: fc.constantFrom("en", "ru"),
            kind: fc.constantFrom("place", "x"),
            limit: plausible.int,
          }),
          fc.boolean(),
        )
        .map(([query, staff]) => ({
          method: "GET",
          path: withQuery(staff ? "/api/v1/admin/entry-options" : "/api/v1/entry-options")(query),
          sender: staff ? "curator" : "visitor",
        })),
  },
  {
    name: "GET /api/v1/places and /places/check",
    warmUp: ["/api/v1/places?q=Moscow", "/api/v1/places/check?lat=55.75&lng=37.62"],
    cases: () =>
      fc.oneof(
        hostileQuery({
          q: plausible.text,
          locale: fc.constantFrom("en", "ru"),
          limit: plausible.int,
          country: fc.constantFrom("RU", "ru", "XX"),
          near: plausible.bbox.map((bbox) => bbox.split(",").slice(0, 2).join(",")),
        }).map((query): HttpCase => ({ method: "GET", path: withQuery("/api/v1/places")(query), sender: "visitor" })),
        hostileQuery({
          lat: plausible.latitude.map(String),
          lng: plausible.longitude.map(String),
          country: fc.constantFrom("RU", "ru", "XX"),
        }).map((query): HttpCase => ({ method: "GET", path: withQuery("/api/v1/places/check")(query), sender: "visitor" })),
      ),
  },
  {
    name: "admin entries (create, save, read)",
    cases: ({ entrySlug }) =>
      fc.oneof(
        hostileJsonBody(nearlyValid(entryFields)).map(
          (body): HttpCase => ({ method: "POST", path: "/api/v1/admin/entries", sender: "curator", body, creates: "entry" }),
        ),
        fc
          .tuple(
            fc.oneof({ weight: 4, arbitrary: fc.constant(entrySlug) }, { weight: 1, arbitrary: segment(plausible.slug) }),
            hostileJsonBody(
              nearlyValid({ expectedVersion: version, entry: nearlyValid({ ...entryFields, slug: fc.constant(entrySlug) }) }),
            ),
          )
          .map(([slug, body]): HttpCase => ({ method: "PUT", path: `/api/v1/admin/entries/${slug}`, sender: "curator", body })),
        segment(plausible.slug).map((slug): HttpCase => ({ method: "GET", path: `/api/v1/admin/entries/${slug}`, sender: "curator" })),
      ),
  },
  {
    name: "admin articles (create, save, move)",
    cases: ({ articleSlug }) =>
      fc.oneof(
        hostileJsonBody(nearlyValid(articleFields)).map(
          (body): HttpCase => ({ method: "POST", path: "/api/v1/admin/articles", sender: "curator", body, creates: "article" }),
        ),
        hostileJsonBody(
          nearlyValid({ expectedVersion: version, article: nearlyValid({ ...articleFields, slug: fc.constant(articleSlug) }) }),
        ).map((body): HttpCase => ({ method: "PUT", path: `/api/v1/admin/articles/${articleSlug}`, sender: "curator", body })),
        fc
          .tuple(
            segment(fc.constant(articleSlug)),
            hostileJsonBody(
              nearlyValid({ expectedVersion: version, to: fc.constantFrom("draft", "review", "published", "archived", "x") }),
            ),
          )
          .map(([slug, body]): HttpCase => ({ method: "POST", path: `/api/v1/admin/articles/${slug}/status`, sender: "curator", body })),
      ),
  },
  {
    name: "admin media upload (lying, huge and bomb images)",
    cases: ({ entrySlug, articleSlug, files }) =>
      fc
        .tuple(
          fc.constantFrom(...files),
          fc.record(
            {
              entrySlug: fc.oneof({ weight: 4, arbitrary: fc.constant(entrySlug) }, { weight: 1, arbitrary: nastyString }),
              articleSlug: fc.oneof(fc.constant(articleSlug), nastyString),
              caption_en: plausible.text,
              caption_ru: plausible.text,
              altText_en: plausible.text,
              credit: fc.oneof(fc.constant("Trust harness"), nastyString),
              licence: fc.oneof(fc.constant("CC0 1.0"), nastyString),
              sourceUrl: fc.oneof(fc.constant("https://example.org/x"), fc.constant("javascript:alert(1)"), nastyString),
            },
            { requiredKeys: [] },
          ),
          fc.boolean(),
        )
        .map(([file, fields, withFile]): HttpCase => {
          const form: [string, string | HostileFile][] = Object.entries(fields).map(([name, value]) => [name, String(value)]);
          if (withFile) form.push(["file", file]);
          return { method: "POST", path: "/api/v1/admin/media", sender: "curator", body: { form }, creates: "media" };
        }),
  },
  {
    name: "admin media captions (PATCH)",
    cases: ({ mediaId }) =>
      fc
        .tuple(
          fc.oneof({ weight: 4, arbitrary: fc.constant(mediaId) }, { weight: 1, arbitrary: segment(plausible.slug) }),
          hostileJsonBody(
            nearlyValid({
              translations: fc.record({ en: nearlyValid({ caption: plausible.text, altText: plausible.text }) }, { requiredKeys: [] }),
              credit: plausible.text,
              licence: plausible.text,
              sourceUrl: fc.oneof(plausible.text, fc.constant("https://example.org/")),
            }),
          ),
        )
        .map(([id, body]): HttpCase => ({ method: "PATCH", path: `/api/v1/admin/media/${id}`, sender: "curator", body })),
  },
  {
    name: "admin users (create, change, end sessions)",
    cases: ({ victimId }) =>
      fc.oneof(
        hostileJsonBody(
          nearlyValid({
            email: fc.oneof(fc.emailAddress(), nastyString),
            name: plausible.text,
            role: fc.constantFrom("admin", "curator", "editor", "teacher", "owner"),
            password: fc.oneof(fc.string({ minLength: 12, maxLength: 40 }), nastyString),
          }),
        ).map((body): HttpCase => ({ method: "POST", path: "/api/v1/admin/users", sender: "admin", body, creates: "user" })),
        fc
          .tuple(
            fc.oneof({ weight: 4, arbitrary: fc.constant(victimId) }, { weight: 1, arbitrary: segment(plausible.slug) }),
            hostileJsonBody(
              nearlyValid({ disabled: fc.boolean(), role: fc.constantFrom("admin", "curator", "editor", "teacher", "owner") }),
            ),
          )
          .map(([id, body]): HttpCase => ({ method: "PATCH", path: `/api/v1/admin/users/${id}`, sender: "admin", body })),
        fc
          .oneof(fc.constant(victimId), segment(plausible.slug))
          .map((id): HttpCase => ({ method: "DELETE", path: `/api/v1/admin/users/${id}/sessions`, sender: "admin" })),
      ),
  },
  {
    name: "unknown /api/v1 addresses and wrong methods",
    cases: ({ entrySlug }) =>
      fc.oneof(
        fc
          .tuple(
            fc.constantFrom(...METHODS),
            fc.array(segment(plausible.slug), { minLength: 1, maxLength: 4 }),
            fc.constantFrom<Sender>("visitor", "curator"),
          )
          .map(([method, segments, sender]): HttpCase => ({ method, path: `/api/v1/x-${segments.join("/")}`, sender })),
        // The bare API, trailing slashes, dot segments written out and encoded, and what lies beside /api/v1.
        fc
          .tuple(
            fc.constantFrom(...METHODS),
            fc.constantFrom("/api", "/api/", "/api/v1", "/api/v1/", "/api/v2/entries", "/api/v1%2Fentries", "/api//v1/x", "/api/v1/x/"),
            fc.constantFrom("", "/", "/%2e%2e", "/..", "/./x", "/%2E%2e/%2e%2e/etc/passwd", "/..%2F..%2Fetc", "/%00", "/%C0%AE%C0%AE"),
            fc.constantFrom<Sender>("visitor", "curator"),
            fc.option(hostileJsonBody(nastyValue), { nil: undefined }),
          )
          .map(
            ([method, base, tail, sender, body]): HttpCase => ({
              method,
              path: `${base}${tail}`,
              sender,
              body: method === "GET" ? undefined : body,
            }),
          ),
        fc
          .tuple(
            fc.constantFrom(
              "/api/v1/viewport",
              "/api/v1/search",
              `/api/v1/entries/${entrySlug}`,
              "/api/v1/openapi.json",
              "/api/v1/admin/entries",
              `/api/v1/admin/entries/${entrySlug}`,
              "/api/v1/admin/media",
              "/api/v1/admin/users",
              "/api/v1/short-links",
            ),
            hostileJsonBody(nastyValue),
          )
          .chain(([path, body]) =>
            fc
              .constantFrom(...METHODS.filter((method) => !allowedMethods(path)?.includes(method)))
              .map((method): HttpCase => ({ method, path, sender: "curator", body: method === "GET" ? undefined : body })),
          ),
      ),
  },
  {
    name: "POST /api/auth/sign-in/email",
    cases: () =>
      hostileJsonBody(
        nearlyValid({
          email: fc.oneof(fc.constant("curator@demo.invalid"), fc.emailAddress()),
          password: fc.oneof(fc.string({ maxLength: 40 }), fc.constant("x".repeat(300))),
          rememberMe: fc.boolean(),
          callbackURL: fc.constantFrom("/", "https://evil.example/", "javascript:alert(1)"),
        }),
      ).map((body): HttpCase => ({ method: "POST", path: "/api/auth/sign-in/email", sender: "visitor", body, freshAddress: true })),
  },
  {
    name: "admin imports (CSV, GeoJSON and KML uploads)",
    cases: ({ importFiles }) =>
      fc.oneof(
        { weight: 8, arbitrary: importUpload(importFiles) },
        {
          weight: 1,
          arbitrary: hostileJsonBody(nastyValue).map(
            (body): HttpCase => ({ method: "POST", path: "/api/v1/admin/imports", sender: "curator", body, creates: "import" }),
          ),
        },
        {
          weight: 1,
          arbitrary: fc
            .tuple(segment(plausible.slug), fc.boolean(), hostileQuery({ report: fc.constantFrom("none", "all", "") }))
            .map(
              ([id, cancel, query]): HttpCase =>
                cancel
                  ? { method: "POST", path: `/api/v1/admin/imports/${id}/cancel`, sender: "curator" }
                  : { method: "GET", path: withQuery(`/api/v1/admin/imports/${id}`)(query), sender: "curator" },
            ),
        },
      ),
  },
  {
    name: "admin article analysis (text and HTML pages)",
    cases: () => {
      const url = fc.constantFrom(
        "https://example.org/news/1942/06/rzhev",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "http://127.0.0.1:1/",
      );
      // Mostly a page the schema takes (text or html, not both), so that the analysis itself is what is tried.
      const page = fc
        .tuple(
          fc.oneof(
            pageText.map((text) => ({ text })),
            pageHtml.map((html) => ({ html })),
          ),
          fc.record({ url, language: fc.constantFrom("en", "ru") }, { requiredKeys: [] }),
        )
        .map(([body, options]) => ({ ...body, ...options }));
      const nearly = nearlyValid({ text: pageText, html: pageHtml, url, language: fc.constantFrom("en", "ru", "de") });
      return hostileJsonBody(fc.oneof({ weight: 3, arbitrary: page }, { weight: 1, arbitrary: nearly })).map(
        (body): HttpCase => ({ method: "POST", path: "/api/v1/admin/article-imports/analyze", sender: "curator", body }),
      );
    },
  },
];
