// The one place that decides which network address a request comes from (failed logins and
// passcodes are counted per link and client address, lib/link-access/login.ts). The decision is
// made once per request by the app server (scripts/app-server.ts calls stampClientAddress) from the
// TCP peer, and X-Forwarded-For only as far as TRUSTED_PROXY_HOPS says proxies of ours wrote it:
// anything to the left of those hops was written by the client and proves nothing. The app
// reads the result from a private header the server always overwrites (clientAddressOf).
// No Next or database imports: the custom server loads this file before Next starts.
import { isIP } from "node:net";

/** Set by the app server on every request, replacing whatever the client sent under that name. */
export const CLIENT_ADDRESS_HEADER = "x-client-address";

/** Every request whose address could not be told counts as this one client (fails closed). */
export const UNKNOWN_CLIENT = "unknown";

/**
 * How many proxies of ours stand in front of the app (TRUSTED_PROXY_HOPS), 0 when unset. A value
 * that is not a whole number from 0 to 10 is refused rather than guessed at.
 */
export function trustedProxyHops(value: string | undefined = process.env.TRUSTED_PROXY_HOPS): number {
  const text = value?.trim() ?? "";
  if (text === "") return 0;
  if (!/^\d{1,2}$/.test(text) || Number(text) > 10) {
    throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to 10 (the proxies in front of the app), not "${value}".`);
  }
  return Number(text);
}

/**
 * An IP address in one spelling, or null when the text is none: IPv4-mapped IPv6 as IPv4, IPv6
 * lower-case without brackets, and a port some proxies append (`1.2.3.4:5678`, `[::1]:5678`) dropped.
 */
export function normalizeAddress(text: string | undefined | null): string | null {
  let value = (text ?? "").trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  value = value.toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/.exec(value);
  if (mapped) value = mapped[1];
  return isIP(value) ? value : null;
}

/**
 * The client's address. `forwardedFor` is every X-Forwarded-For value as received; the socket's
 * peer is the last hop of that chain. With `hops` trusted proxies, each appended the address it
 * was reached from, so the client is `hops` entries left of the peer. A chain shorter than that
 * did not come through our proxies: the peer is then the only address not written by the client.
 */
export function deriveClientAddress(input: { socketAddress: string | undefined; forwardedFor?: string | string[]; hops: number }): string {
  const peer = normalizeAddress(input.socketAddress);
  if (input.hops === 0) return peer ?? UNKNOWN_CLIENT;
  const forwarded = [input.forwardedFor ?? []].flat().flatMap((value) => value.split(",")).map((entry) => entry.trim()).filter(Boolean);
  const chain = [...forwarded, input.socketAddress ?? ""];
  const index = chain.length - 1 - input.hops;
  if (index < 0) return peer ?? UNKNOWN_CLIENT;
  return normalizeAddress(chain[index]) ?? UNKNOWN_CLIENT;
}

type IncomingRequest = { headers: Record<string, string | string[] | undefined>; socket: { remoteAddress?: string } };

/** The app server's step for every request: the private header now holds the derived address, and only that. */
export function stampClientAddress(request: IncomingRequest, hops: number): string {
  const address = deriveClientAddress({ socketAddress: request.socket.remoteAddress, forwardedFor: request.headers["x-forwarded-for"], hops });
  request.headers[CLIENT_ADDRESS_HEADER] = address;
  return address;
}

let warnedMissing = false;

/** The address the app server stamped on this request; UNKNOWN_CLIENT when it was not started through it. */
export function clientAddressOf(headers: Pick<Headers, "get">): string {
  const stamped = headers.get(CLIENT_ADDRESS_HEADER);
  const address = stamped === UNKNOWN_CLIENT ? UNKNOWN_CLIENT : normalizeAddress(stamped);
  if (address) return address;
  if (!warnedMissing && process.env.NODE_ENV === "production") {
    warnedMissing = true;
    console.warn(`[client-address] No ${CLIENT_ADDRESS_HEADER} header: the app was not started by scripts/serve.mjs, so every visitor shares one login-failure count.`);
  }
  return UNKNOWN_CLIENT;
}

/**
 * Whose failures count together: an IPv4 address alone, an IPv6 address by its /64 network (one
 * subscriber usually holds a whole /64, so single addresses would give a fresh count per guess).
 */
export function lockoutSubject(address: string): string {
  if (isIP(address) !== 6) return address;
  return `${expandIpv6(address).slice(0, 4).join(":")}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, without leading zeros. */
function expandIpv6(address: string): string[] {
  let text = address;
  const v4 = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number);
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? text.split("::") : [text, undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill("0"), ...right];
  return groups.map((group) => parseInt(group, 16).toString(16));
}
