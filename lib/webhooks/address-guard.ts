// Which IP addresses an outgoing webhook may connect to (server-side request forgery guard): only
// globally routable unicast. Loopback, private, link-local (cloud metadata at 169.254.169.254),
// shared/CGNAT, IPv6 unique-local, multicast, documentation and reserved ranges are refused, and so
// are IPv6 forms that carry an IPv4 address (mapped ::ffff:a.b.c.d, compatible ::a.b.c.d, NAT64,
// 6to4, Teredo), since they may reach an internal IPv4 host behind a translator.
import { isIP } from "node:net";

export type AddressClass =
  | "public"
  | "unspecified"
  | "loopback"
  | "private"
  | "link-local"
  | "shared"
  | "unique-local"
  | "mapped"
  | "multicast"
  | "documentation"
  | "reserved"
  | "invalid";

type Range = [base: number[], bits: number, kind: Exclude<AddressClass, "public" | "invalid">];

const V4: Range[] = [
  [[0, 0, 0, 0], 8, "unspecified"],
  [[10, 0, 0, 0], 8, "private"],
  [[100, 64, 0, 0], 10, "shared"],
  [[127, 0, 0, 0], 8, "loopback"],
  [[169, 254, 0, 0], 16, "link-local"],
  [[172, 16, 0, 0], 12, "private"],
  [[192, 0, 0, 0], 24, "reserved"],
  [[192, 0, 2, 0], 24, "documentation"],
  [[192, 88, 99, 0], 24, "reserved"],
  [[192, 168, 0, 0], 16, "private"],
  [[198, 18, 0, 0], 15, "reserved"],
  [[198, 51, 100, 0], 24, "documentation"],
  [[203, 0, 113, 0], 24, "documentation"],
  [[224, 0, 0, 0], 4, "multicast"],
  [[240, 0, 0, 0], 4, "reserved"],
];

// As 16 bytes. Checked in order: the first match decides.
const V6: Range[] = [
  [bytes6("::"), 128, "unspecified"],
  [bytes6("::1"), 128, "loopback"],
  [bytes6("::ffff:0:0"), 96, "mapped"],
  [bytes6("::"), 96, "mapped"], // IPv4-compatible (deprecated)
  [bytes6("64:ff9b::"), 96, "mapped"], // NAT64
  [bytes6("64:ff9b:1::"), 48, "mapped"], // local-use NAT64
  [bytes6("100::"), 64, "reserved"], // discard-only
  [bytes6("2001::"), 32, "mapped"], // Teredo
  [bytes6("2001:db8::"), 32, "documentation"],
  [bytes6("2001::"), 23, "reserved"], // IETF protocol assignments
  [bytes6("2002::"), 16, "mapped"], // 6to4
  [bytes6("3fff::"), 20, "documentation"],
  [bytes6("fc00::"), 7, "unique-local"],
  [bytes6("fe80::"), 10, "link-local"],
  [bytes6("fec0::"), 10, "private"], // site-local (deprecated)
  [bytes6("ff00::"), 8, "multicast"],
];

function inRange(address: number[], [base, bits]: Range): boolean {
  for (let i = 0; i < bits; i += 8) {
    const take = Math.min(8, bits - i);
    const mask = (0xff << (8 - take)) & 0xff;
    if ((address[i / 8] & mask) !== (base[i / 8] & mask)) return false;
  }
  return true;
}

function bytes4(address: string): number[] {
  return address.split(".").map(Number);
}

/** An IPv6 address (valid per isIP) as 16 bytes, with "::" expanded and a dotted IPv4 tail converted. */
function bytes6(address: string): number[] {
  let text = address;
  const tail: number[] = [];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    tail.push(...bytes4(dotted[1]));
    text = text.slice(0, -dotted[1].length) + "0:0";
  }
  const [head, rest] = text.includes("::") ? text.split("::") : [text, undefined];
  const left = head ? head.split(":") : [];
  const right = rest === undefined ? [] : rest ? rest.split(":") : [];
  const groups = rest === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill("0"), ...right];
  const out = groups.flatMap((g) => {
    const n = Number.parseInt(g, 16);
    return [n >> 8, n & 0xff];
  });
  if (tail.length) out.splice(12, 4, ...tail);
  return out;
}

/** "[::1]" and "fe80::1%eth0" as the address alone. */
function bare(address: string): string {
  return address.replace(/^\[(.*)\]$/, "$1").replace(/%.*$/, "");
}

export function classifyAddress(address: string): AddressClass {
  const ip = bare(address.trim());
  const version = isIP(ip);
  if (version === 4) return V4.find((range) => inRange(bytes4(ip), range))?.[2] ?? "public";
  if (version === 6) {
    const b = bytes6(ip.toLowerCase());
    const kind = V6.find((range) => inRange(b, range))?.[2];
    if (kind) return kind;
    // Global unicast is 2000::/3; everything else is unassigned.
    return (b[0] & 0xe0) === 0x20 ? "public" : "reserved";
  }
  return "invalid";
}

export function isPublicAddress(address: string): boolean {
  return classifyAddress(address) === "public";
}
