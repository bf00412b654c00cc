// Random input shaped like a zod schema, with hostile leaves: objects with the schema's keys (now
// and then one missing, or an extra key such as "__proto__" or "brandId"), arrays of its
// elements, enum values, plausible strings, numbers as typed, and everywhere a chance of a
// hostile string or a value of the wrong type. Shaped input reaches the deep checks (refinements,
// transforms) that a random blob would never get past.
import fc from "fast-check";
import type { z } from "zod";
import { hostileString, wrongTypeValue } from "./hostile";

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
  options?: z.ZodType[];
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  format?: string;
  coerce?: boolean;
  checks?: { _zod: { def: { check: string; format?: string } } }[];
};

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

const PLAIN = ["a", "Navy", "JP", "JPY", "EN", "M", "Linen Shirt", "12.5", "10", "0", "user@test.example", "2026-04-01", "2026-04-01T09:00:00.000Z", "https://www.youtube.com/embed/abcdefgh"];

function formatOf(def: Def): string | undefined {
  return def.format ?? def.checks?.map((c) => c._zod.def.format).find(Boolean);
}

function stringArb(def: Def): fc.Arbitrary<unknown> {
  const format = formatOf(def);
  const plausible =
    format === "email" ? fc.constantFrom("user@test.example", " Mixed.Case@Test.Example ") : format === "datetime" ? fc.constantFrom("2026-04-01T09:00:00.000Z", "2026-04-01T09:00:00+09:00") : fc.constantFrom(...PLAIN);
  return fc.oneof({ weight: 3, arbitrary: plausible }, { weight: 3, arbitrary: hostileString }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });
}

const numberArb = fc.oneof(fc.integer({ min: -5, max: 200 }), fc.double(), fc.constantFrom("12", " 7 ", "1.005", "-3", "1e3", "0x10", "", "abc"));

/** Values shaped by the schema, with a 1 in 9 chance of a wrong-typed value at any node. */
export function arbitraryFor(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const shaped = shapedArb(schema, depth);
  return fc.oneof({ weight: 8, arbitrary: shaped }, { weight: 1, arbitrary: wrongTypeValue });
}

function shapedArb(schema: z.ZodType, depth: number): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const next = (s: z.ZodType) => arbitraryFor(s, depth + 1);
  switch (def.type) {
    case "object": {
      const shape = def.shape ?? {};
      const keys = Object.keys(shape);
      const record = fc.record(Object.fromEntries(keys.map((k) => [k, next(shape[k])])));
      return fc
        .tuple(record, fc.option(fc.constantFrom(...(keys.length ? keys : ["x"])), { freq: 6 }), fc.option(fc.tuple(fc.constantFrom("__proto__", "brandId", "constructor", "id"), hostileString), { freq: 6 }))
        .map(([value, drop, extra]) => {
          const out: Record<string, unknown> = { ...value };
          if (drop !== null) delete out[drop];
          if (extra) Object.defineProperty(out, extra[0], { value: extra[1], enumerable: true, configurable: true, writable: true });
          return out;
        });
    }
    case "array":
      return fc.array(next(def.element!), { maxLength: depth > 2 ? 1 : 3 });
    case "enum":
      return fc.oneof(fc.constantFrom(...Object.values(def.entries!)), hostileString);
    case "literal":
      return fc.oneof(fc.constantFrom(...def.values!), hostileString);
    case "union":
      return fc.oneof(...def.options!.map(next));
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return fc.oneof(next(def.innerType!), fc.constantFrom(undefined, null));
    case "pipe":
      // A transform's input is anything; the schema after it says what is expected.
      return defOf(def.in!).type === "transform" ? next(def.out!) : next(def.in!);
    case "string":
      return stringArb(def);
    case "number":
      return def.coerce ? numberArb : fc.oneof(fc.integer({ min: -5, max: 200 }), fc.double());
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "undefined":
      return fc.constant(undefined);
    default:
      return wrongTypeValue;
  }
}
