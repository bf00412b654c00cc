// The SSRF guard's address classifier, as a table: every internal range refused in each written
// form (IPv6 compressed, expanded, bracketed, with a zone, IPv4 embedded), public addresses allowed.
import { describe, expect, it } from "vitest";
import { classifyAddress, isPublicAddress } from "@/lib/webhooks/address-guard";

const CASES: [string, ReturnType<typeof classifyAddress>][] = [
  // IPv4
  ["8.8.8.8", "public"],
  ["1.1.1.1", "public"],
  ["172.32.0.1", "public"],
  ["100.128.0.1", "public"],
  ["0.0.0.0", "unspecified"],
  ["127.0.0.1", "loopback"],
  ["127.255.255.254", "loopback"],
  ["10.0.0.1", "private"],
  ["172.16.0.1", "private"],
  ["172.31.255.255", "private"],
  ["192.168.1.1", "private"],
  ["169.254.169.254", "link-local"],
  ["100.64.0.1", "shared"],
  ["100.127.255.255", "shared"],
  ["192.0.0.8", "reserved"],
  ["192.0.2.1", "documentation"],
  ["198.18.0.1", "reserved"],
  ["224.0.0.1", "multicast"],
  ["255.255.255.255", "reserved"],
  // IPv6
  ["2606:4700:4700::1111", "public"],
  ["2001:4860:4860::8888", "public"],
  ["::", "unspecified"],
  ["::1", "loopback"],
  ["[::1]", "loopback"],
  ["0:0:0:0:0:0:0:1", "loopback"],
  ["fe80::1", "link-local"],
  ["fe80::1%eth0", "link-local"],
  ["FE80::ABCD", "link-local"],
  ["fc00::1", "unique-local"],
  ["fd12:3456:789a::1", "unique-local"],
  ["fec0::1", "private"],
  ["ff02::1", "multicast"],
  ["2001:db8::1", "documentation"],
  ["1::", "reserved"],
  // IPv6 carrying IPv4
  ["::ffff:127.0.0.1", "mapped"],
  ["::ffff:7f00:1", "mapped"],
  ["[::ffff:10.0.0.1]", "mapped"],
  ["0:0:0:0:0:ffff:a00:1", "mapped"],
  ["::ffff:8.8.8.8", "mapped"],
  ["::127.0.0.1", "mapped"],
  ["64:ff9b::a00:1", "mapped"],
  ["2002:7f00:1::", "mapped"],
  ["2001:0:4136:e378::1", "mapped"],
  // not addresses
  ["localhost", "invalid"],
  ["", "invalid"],
  ["256.1.1.1", "invalid"],
  ["1.2.3", "invalid"],
];

describe("the SSRF guard's address classifier", () => {
  it.each(CASES)("%s is %s", (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
    expect(isPublicAddress(address)).toBe(kind === "public");
  });
});
