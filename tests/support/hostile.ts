// Hostile input for property-based tests: strings a careless app stores, renders or queries
// wrongly (SQL and HTML fragments, control and direction characters, emoji, very long text) and
// values of the wrong type. Shared by the schema fuzzing (unit) and the action fuzzing
// (integration).
import fc from "fast-check";

export const SQL_FRAGMENTS = [`'; DROP TABLE "Order"; --`, `" OR 1=1 --`, `1; SELECT pg_sleep(5)`, `%' OR '%'='`, `\\'; --`];
export const HTML_FRAGMENTS = [
  `<script>alert(1)</script>`,
  `<img src=x onerror=alert(1)>`,
  `"><svg onload=alert(1)>`,
  `javascript:alert(1)`,
  `</textarea><script>alert(document.cookie)</script>`,
  `&lt;b&gt;&amp;`,
];
export const UNICODE_SAMPLES = [
  "東京都渋谷区神南1-2-3",
  "مرحبا بالعالم", // Arabic, right to left
  "\u202Egnp.exe", // right-to-left override
  "👩‍👩‍👧‍👦🏳️‍🌈", // ZWJ emoji sequences
  "e\u0301\u0301\u0301", // combining marks
  "\u200B\u200D\uFEFF", // zero-width characters and a BOM
  "Ꙭ𝕳𝖊𝖑𝖑𝖔", // astral plane letters
  "line\r\nbreak\ttab",
  "NUL\u0000inside",
  "\u0000",
  "lone \uD83D surrogate",
];
export const OTHER_FRAGMENTS = ["=cmd|' /C calc'!A0", "+1+1", "{{7*7}}", "${7*7}", "../../etc/passwd", "%00", "null", "undefined", "NaN", "-0", "1e309", "   ", ""];

const samples = fc.constantFrom(...SQL_FRAGMENTS, ...HTML_FRAGMENTS, ...UNICODE_SAMPLES, ...OTHER_FRAGMENTS);

/** Long text: 10k-40k characters of one repeated fragment (cheap to make, still huge). */
export const veryLongString = fc
  .tuple(fc.oneof(samples, fc.string({ minLength: 1, maxLength: 8 })), fc.integer({ min: 10_000, max: 40_000 }))
  .map(([unit, length]) => (unit || "x").repeat(Math.ceil(length / Math.max(1, (unit || "x").length))).slice(0, length));

/** Any hostile string, from short fragments to very long text. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: samples },
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  { weight: 3, arbitrary: fc.tuple(fc.string({ maxLength: 6 }), samples, fc.string({ unit: "grapheme", maxLength: 6 })).map((parts) => parts.join("")) },
  { weight: 1, arbitrary: veryLongString },
);

/** Hostile text mostly short enough for a form field of that length, so some of it is saved. */
export const hostileText = (maxLength: number) =>
  fc.oneof(
    { weight: 3, arbitrary: samples },
    { weight: 3, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength }) },
    { weight: 3, arbitrary: fc.tuple(fc.string({ maxLength: 4 }), samples, fc.string({ unit: "grapheme", maxLength: 4 })).map((parts) => parts.join("")) },
    { weight: 1, arbitrary: veryLongString },
  );

/** A value of any type a client could send through a server action or a form. */
export const wrongTypeValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, false, 0, -1, NaN, Infinity, -Infinity, 1e308, -0, 10n ** 30n, "", [], {}, new Date(Number.NaN), new Date(0)),
  fc.double(),
  fc.integer(),
  fc.bigInt(),
  hostileString,
  fc.array(hostileString, { maxLength: 3 }),
  fc.dictionary(fc.constantFrom("__proto__", "constructor", "toString", "brandId", "id", "a"), hostileString, { maxKeys: 3 }),
);
