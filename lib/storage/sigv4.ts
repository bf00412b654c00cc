// AWS Signature Version 4 for S3 requests (header-based), with node:crypto only. Pure: the caller
// passes the clock, so the published AWS examples can be checked byte for byte.
import { createHash, createHmac } from "node:crypto";

export type S3Credentials = { accessKeyId: string; secretAccessKey: string };

export const EMPTY_PAYLOAD_SHA256 = createHash("sha256").update("").digest("hex");

export function sha256Hex(data: Uint8Array | string): string {
  return createHash("sha256").update(data).digest("hex");
}

function hmac(key: Uint8Array | string, data: string): Buffer {
  return createHmac("sha256", key).update(data, "utf8").digest();
}

/** RFC 3986 encoding as SigV4 wants it: only A-Z a-z 0-9 - . _ ~ stay as they are. */
export function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A path of raw segments ("/bucket/a b/c"), each segment encoded, slashes kept. */
export function encodePath(rawPath: string): string {
  return rawPath.split("/").map(uriEncode).join("/");
}

/** 20130524T000000Z */
export function amzDate(now: Date): string {
  return now.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

export type SignInput = {
  method: string;
  /** Host with the port when it is not the scheme's default, as the Host header is sent. */
  host: string;
  /** Already encoded with encodePath: the same string goes into the URL. */
  encodedPath: string;
  query?: Record<string, string>;
  /** Extra headers to sign (content-type, range, ...); host, x-amz-date and x-amz-content-sha256 are added. */
  headers?: Record<string, string>;
  payloadSha256: string;
  region: string;
  service?: string;
  credentials: S3Credentials;
  now: Date;
};

/** The headers to send: the given ones plus x-amz-date, x-amz-content-sha256 and Authorization. */
export function signRequest(input: SignInput): Record<string, string> {
  const service = input.service ?? "s3";
  const timestamp = amzDate(input.now);
  const day = timestamp.slice(0, 8);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(input.headers ?? {})) headers[name.toLowerCase()] = value;
  headers.host = input.host;
  headers["x-amz-date"] = timestamp;
  headers["x-amz-content-sha256"] = input.payloadSha256;

  const names = Object.keys(headers).sort();
  const canonicalHeaders = names.map((n) => `${n}:${headers[n].trim().replace(/\s+/g, " ")}\n`).join("");
  const signedHeaders = names.join(";");
  const canonicalQuery = Object.entries(input.query ?? {})
    .map(([k, v]) => [uriEncode(k), uriEncode(v)] as const)
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : 1) : a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
  const canonicalRequest = [input.method.toUpperCase(), input.encodedPath, canonicalQuery, canonicalHeaders, signedHeaders, input.payloadSha256].join("\n");

  const scope = `${day}/${input.region}/${service}/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", timestamp, scope, sha256Hex(canonicalRequest)].join("\n");
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${input.credentials.secretAccessKey}`, day), input.region), service), "aws4_request");
  const signature = createHmac("sha256", signingKey).update(stringToSign, "utf8").digest("hex");

  // fetch sets Host from the URL itself (and refuses to be given one).
  const sendable = Object.fromEntries(Object.entries(headers).filter(([name]) => name !== "host"));
  return {
    ...sendable,
    authorization: `AWS4-HMAC-SHA256 Credential=${input.credentials.accessKeyId}/${scope},SignedHeaders=${signedHeaders},Signature=${signature}`,
  };
}
