import { describe, expect, it } from "vitest";
import {
  CLIENT_ADDRESS_HEADER, clientAddressOf, deriveClientAddress, lockoutSubject, normalizeAddress, stampClientAddress, trustedProxyHops, UNKNOWN_CLIENT,
} from "@/lib/http/client-address";

// One row per rule: what the socket says, what X-Forwarded-For says, how many proxies we trust.
const rows: { name: string; socket: string | undefined; xff?: string | string[]; hops: number; address: string }[] = [
  { name: "no proxy trusted: the socket's address", socket: "198.51.100.7", hops: 0, address: "198.51.100.7" },
  { name: "no proxy trusted: a forwarded address is ignored", socket: "198.51.100.7", xff: "203.0.113.9", hops: 0, address: "198.51.100.7" },
  { name: "no proxy trusted: a forged chain is ignored", socket: "198.51.100.7", xff: "10.0.0.1, 203.0.113.9", hops: 0, address: "198.51.100.7" },
  { name: "no proxy trusted: IPv4-mapped socket address is read as IPv4", socket: "::ffff:127.0.0.1", xff: "203.0.113.9", hops: 0, address: "127.0.0.1" },
  { name: "no proxy trusted: IPv6 socket address", socket: "2001:DB8::1", hops: 0, address: "2001:db8::1" },
  { name: "one proxy: the entry it appended (the right-most)", socket: "10.0.0.2", xff: "203.0.113.9", hops: 1, address: "203.0.113.9" },
  { name: "one proxy: what the client wrote to the left is ignored", socket: "10.0.0.2", xff: "1.1.1.1, 2.2.2.2, 203.0.113.9", hops: 1, address: "203.0.113.9" },
  { name: "one proxy: several X-Forwarded-For headers form one chain", socket: "10.0.0.2", xff: ["1.1.1.1", "203.0.113.9"], hops: 1, address: "203.0.113.9" },
  { name: "one proxy: spaces and empty entries do not count as hops", socket: "10.0.0.2", xff: " 1.1.1.1 ,, 203.0.113.9 ", hops: 1, address: "203.0.113.9" },
  { name: "one proxy: a port the proxy appended is dropped", socket: "10.0.0.2", xff: "203.0.113.9:51234", hops: 1, address: "203.0.113.9" },
  { name: "one proxy: a bracketed IPv6 with port", socket: "10.0.0.2", xff: "[2001:db8::5]:443", hops: 1, address: "2001:db8::5" },
  { name: "two proxies: the second entry from the right", socket: "10.0.0.3", xff: "9.9.9.9, 203.0.113.9, 10.0.0.2", hops: 2, address: "203.0.113.9" },
  { name: "one proxy, header missing (request bypassed the proxy): the socket", socket: "198.51.100.7", hops: 1, address: "198.51.100.7" },
  { name: "two proxies, chain too short (bypassed): the socket, not the forged entry", socket: "198.51.100.7", xff: "203.0.113.9", hops: 2, address: "198.51.100.7" },
  { name: "one proxy: garbage where the proxy's entry should be counts as unknown", socket: "10.0.0.2", xff: "1.1.1.1, not-an-ip", hops: 1, address: UNKNOWN_CLIENT },
  { name: "no socket address at all: unknown", socket: undefined, hops: 0, address: UNKNOWN_CLIENT },
];

describe("the client address", () => {
  for (const row of rows) {
    it(row.name, () => {
      expect(deriveClientAddress({ socketAddress: row.socket, forwardedFor: row.xff, hops: row.hops })).toBe(row.address);
    });
  }

  it("the server's stamp replaces a client-sent copy of the private header", () => {
    const request = { socket: { remoteAddress: "198.51.100.7" }, headers: { [CLIENT_ADDRESS_HEADER]: "203.0.113.1", "x-forwarded-for": "203.0.113.2" } as Record<string, string | string[] | undefined> };
    expect(stampClientAddress(request, 0)).toBe("198.51.100.7");
    expect(request.headers[CLIENT_ADDRESS_HEADER]).toBe("198.51.100.7");
    expect(clientAddressOf(new Headers(request.headers as Record<string, string>))).toBe("198.51.100.7");
  });

  it("a request the server did not stamp counts as the one unknown client", () => {
    expect(clientAddressOf(new Headers({ "x-forwarded-for": "203.0.113.2" }))).toBe(UNKNOWN_CLIENT);
    expect(clientAddressOf(new Headers({ [CLIENT_ADDRESS_HEADER]: "<script>" }))).toBe(UNKNOWN_CLIENT);
  });
});

describe("TRUSTED_PROXY_HOPS", () => {
  const accepted: [string | undefined, number][] = [[undefined, 0], ["", 0], ["0", 0], ["1", 1], [" 2 ", 2], ["10", 10]];
  for (const [value, hops] of accepted) it(`"${value}" means ${hops}`, () => expect(trustedProxyHops(value)).toBe(hops));
  for (const value of ["-1", "1.5", "one", "11", "true"]) {
    it(`"${value}" is refused`, () => expect(() => trustedProxyHops(value)).toThrow(/TRUSTED_PROXY_HOPS/));
  }
});

describe("whose failures count together", () => {
  const rows: [string, string][] = [
    ["203.0.113.9", "203.0.113.9"],
    ["2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"],
    ["2001:db8:1:2::9", "2001:db8:1:2::/64"],
    ["2001:0db8:0001:0002:ffff::1", "2001:db8:1:2::/64"],
    ["2001:db8::", "2001:db8:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
    ["64:ff9b::192.0.2.33", "64:ff9b:0:0::/64"],
    [UNKNOWN_CLIENT, UNKNOWN_CLIENT],
  ];
  for (const [address, subject] of rows) it(`${address} -> ${subject}`, () => expect(lockoutSubject(address)).toBe(subject));

  it("two addresses of one IPv6 /64 are one subject, of two /64s two", () => {
    expect(lockoutSubject("2001:db8:1:2::a")).toBe(lockoutSubject("2001:db8:1:2:ffff:ffff:ffff:ffff"));
    expect(lockoutSubject("2001:db8:1:2::a")).not.toBe(lockoutSubject("2001:db8:1:3::a"));
  });

  it("normalizes only real addresses", () => {
    expect(normalizeAddress("::FFFF:10.1.2.3")).toBe("10.1.2.3");
    expect(normalizeAddress("999.1.1.1")).toBeNull();
    expect(normalizeAddress("example.com")).toBeNull();
  });
});
