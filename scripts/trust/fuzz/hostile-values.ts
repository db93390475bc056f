import fc from "fast-check";

/** Strings an attacker or a broken client sends: injections, control characters, odd Unicode, dates at the edges. */
const NASTY_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u0000".repeat(64),
  '\'; DROP TABLE "Entry"; --',
  "' OR '1'='1",
  '" OR ""="',
  '1; SELECT * FROM "User"',
  '%\' UNION SELECT password FROM "Account" --',
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "{{constructor.constructor('return process')()}}",
  "$" + "{7*7}",
  "__proto__",
  "constructor",
  "../../../../etc/passwd",
  "..%2F..%2Fetc%2Fpasswd",
  "\u202Etxt.exe",
  "\u200B\u200B\u200B",
  "\uFEFF",
  "\uD800",
  "\uDFFF\uD800",
  "\uFFFF",
  "😀".repeat(100),
  "Ω≈ç√∫˜µ≤≥÷",
  "Ｔｅｓｔ",
  "NaN",
  "Infinity",
  "-Infinity",
  "-0",
  "1e309",
  "0x1F",
  "9".repeat(400),
  "0000-00-00",
  "99999-12-31",
  "-99999-01-01",
  "2024-02-30",
  "2024-13-01",
  "1942-06-31/1941-01-01",
  "1967~",
  "c. 1967",
  "1942–1943",
  "../1942",
  "1942/..",
  "Y-1700000000",
  "Y170000002",
  "2004-06-11T10:10:10Z",
  "2024-06-06?",
  "20XX",
  "{}",
  "[]",
  "null",
  "true",
  "%",
  "%ZZ",
  "%C0%AF",
  "%00",
  "\r\nSet-Cookie: x=1",
  "a".repeat(1000),
  "x".repeat(70_000),
];

/** Coordinates and numbers at and past every edge a schema might miss. */
const NASTY_NUMBERS: unknown[] = [
  0,
  -0,
  1,
  -1,
  90,
  -90,
  90.0000001,
  -90.0000001,
  180,
  -180,
  180.0000001,
  -181,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  2 ** 31,
  -(2 ** 31),
  0.1 + 0.2,
  1e-320,
];

export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^-?\d{1,6}(-\d{1,2}(-\d{1,2})?)?[~?%]?(\/-?\d{1,6}(-\d{1,2})?)?$/) },
);

export const nastyNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...NASTY_NUMBERS),
  fc.double(),
  fc.integer(),
  fc.double({ min: -200, max: 200, noNaN: true }),
);

/** Any JSON-ish value where a field expects one kind: wrong types, nesting, injections. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: nastyString },
  { weight: 2, arbitrary: nastyNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, [null], { __proto__: { admin: true } }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** An object's fields, each either a plausible value (so deeper checks are reached) or a nasty one; some left out, some extra. */
export function nearlyValid(shape: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, plausible] of Object.entries(shape)) {
    fields[key] = fc.oneof({ weight: 3, arbitrary: plausible }, { weight: 1, arbitrary: nastyValue });
  }
  return fc
    .tuple(
      fc.record(fields, { requiredKeys: [] }),
      fc.dictionary(fc.oneof(nastyString, fc.constantFrom("__proto__", "constructor", "id", "role", "status")), nastyValue, { maxKeys: 2 }),
      fc.boolean(),
    )
    .map(([known, extra, withExtra]) => (withExtra ? { ...extra, ...known } : known));
}

/** A document nested `depth` deep, as text: `[[[…]]]` or `{"a":{"a":…}}`. */
export function deeplyNested(depth: number, kind: "array" | "object"): string {
  return kind === "array" ? `${"[".repeat(depth)}${"]".repeat(depth)}` : `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
}

/** A raw request body: the bytes, and the Content-Type it claims. */
export interface RawBody {
  bytes: Buffer;
  contentType: string;
}

const json = (value: unknown): RawBody => ({ bytes: Buffer.from(JSON.stringify(value)), contentType: "application/json" });

/**
 * What arrives where JSON is expected: valid JSON of a nearly valid body (most of the time), hostile
 * JSON (huge, deeply nested, wrong encodings, NUL bytes, not JSON at all), or the right JSON under a
 * type a cross-site form can send.
 */
export function hostileJsonBody(nearly: fc.Arbitrary<unknown>): fc.Arbitrary<RawBody> {
  return fc.oneof(
    { weight: 12, arbitrary: nearly.map(json) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map(json) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(1_000, 10_000, 100_000, 1_000_000), fc.constantFrom<"array" | "object">("array", "object"))
        .map(([depth, kind]) => ({ bytes: Buffer.from(deeplyNested(depth, kind)), contentType: "application/json" })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(1, 5, 20).map((megabytes) => json({ slug: "huge", padding: "x".repeat(megabytes * 1024 * 1024) })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        { bytes: Buffer.from('{"slug":"a\u0000b","title":"\u0000"}'), contentType: "application/json" },
        { bytes: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc0, 0xaf, 0xff, 0xfe, 0x22, 0x7d]), contentType: "application/json" },
        { bytes: Buffer.from('{"a":"é"}', "latin1"), contentType: "application/json; charset=iso-8859-1" },
        { bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"slug":"utf16"}', "utf16le")]), contentType: "application/json" },
        { bytes: Buffer.from('{"slug":"\\ud800"}'), contentType: "application/json" },
        { bytes: Buffer.from("{'slug': 'single quotes'}"), contentType: "application/json" },
        { bytes: Buffer.from('{"a":1,'), contentType: "application/json" },
        { bytes: Buffer.alloc(0), contentType: "application/json" },
        { bytes: Buffer.from("null"), contentType: "application/json" },
        { bytes: Buffer.from('"a string"'), contentType: "application/json" },
        { bytes: Buffer.from('{"__proto__":{"role":"admin"},"constructor":{"prototype":{"x":1}}}'), contentType: "application/json" },
        { bytes: Buffer.from("slug=form-encoded&kind=place"), contentType: "application/x-www-form-urlencoded" },
        { bytes: Buffer.from('{"slug":"text-plain","kind":"place"}'), contentType: "text/plain" },
        { bytes: Buffer.from('{"slug":"no-type"}'), contentType: "" },
        { bytes: Buffer.from("\u0000\u0000\u0000\u0000"), contentType: "application/json" },
      ),
    },
    {
      weight: 1,
      arbitrary: fc.uint8Array({ maxLength: 200 }).map((bytes) => ({ bytes: Buffer.from(bytes), contentType: "application/json" })),
    },
  );
}

/** A query string: known parameters with plausible or nasty values, unknown ones, repeats, and raw malformed escapes. */
export function hostileQuery(params: Record<string, fc.Arbitrary<string>>): fc.Arbitrary<string> {
  const names = Object.keys(params);
  const pair = fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .constantFrom(...names)
        .chain((name) =>
          fc.tuple(fc.constant(name), fc.oneof({ weight: 2, arbitrary: params[name]! }, { weight: 1, arbitrary: nastyString })),
        ),
    },
    { weight: 1, arbitrary: fc.tuple(fc.oneof(nastyString, fc.constantFrom(...names)), nastyString) },
  );
  const encoded = fc.array(pair, { maxLength: 8 }).map((pairs) => {
    const search = new URLSearchParams();
    for (const [name, value] of pairs) search.append(name, value);
    return search.toString();
  });
  const raw = fc.constantFrom(
    "%",
    "%ZZ",
    "q=%",
    "q=%E0%A4%A",
    "from=%C0%AF",
    "bbox=%00",
    "a=%FF%FE",
    "&&&==&",
    `q=${"%41".repeat(20_000)}`,
  );
  return fc.oneof({ weight: 9, arbitrary: encoded }, { weight: 1, arbitrary: raw });
}

/** Plausible values for the parameters and fields the app reads, so a fuzzed request often gets past its first check. */
export const plausible = {
  date: fc.oneof(
    fc.constantFrom("1942", "1942-06", "1942-06-22", "1967~", "1942-01/1943-03", "-0044-03-15", "0000-00-00", "99999-12-31", "2024-02-29"),
    fc.integer({ min: -20_000, max: 20_000 }).map(String),
  ),
  latitude: fc.oneof(fc.double({ min: -90, max: 90, noNaN: true }), fc.constantFrom(-90.5, 90.5, 1e9)),
  longitude: fc.oneof(fc.double({ min: -180, max: 180, noNaN: true }), fc.constantFrom(-180.5, 180.5, -1e9)),
  slug: fc.oneof(fc.stringMatching(/^[a-z0-9]{2,12}(-[a-z0-9]{1,8}){0,2}$/), fc.constantFrom("new", "admin", "a", "-x-", "trust-fuzz")),
  text: fc.oneof(fc.string({ maxLength: 60 }), nastyString),
  bbox: fc.oneof(
    fc
      .tuple(
        fc.double({ min: -200, max: 200, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: -200, max: 200, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
      )
      .map((n) => n.join(",")),
    fc.constantFrom("-180,-90,180,90", "0,0,0,0", "10,20,5,10", "1,2,3", "a,b,c,d", "NaN,NaN,NaN,NaN", "1e400,0,0,0"),
  ),
  int: fc.oneof(fc.integer({ min: -5, max: 3000 }).map(String), fc.constantFrom("1.5", "-0", "1e3", "99999999999999999999")),
};
