// The signer against the worked examples AWS publishes for S3 Signature Version 4
// ("Signature Calculations for the Authorization Header", single-chunk payload): if any byte of
// the canonical request, scope or key derivation were wrong, these signatures would differ.
import { describe, expect, it } from "vitest";
import { EMPTY_PAYLOAD_SHA256, amzDate, encodePath, sha256Hex, signRequest } from "@/lib/storage/sigv4";

const credentials = { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" };
const common = { host: "examplebucket.s3.amazonaws.com", region: "us-east-1", credentials, now: new Date("2013-05-24T00:00:00Z") };
const scope = "AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request";

describe("AWS Signature Version 4", () => {
  it("signs the GET Object example (range header, empty payload)", () => {
    const headers = signRequest({ ...common, method: "GET", encodedPath: "/test.txt", headers: { Range: "bytes=0-9" }, payloadSha256: EMPTY_PAYLOAD_SHA256 });
    expect(headers.authorization).toBe(
      `AWS4-HMAC-SHA256 Credential=${scope},SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41`,
    );
    expect(headers).toMatchObject({ "x-amz-date": "20130524T000000Z", "x-amz-content-sha256": EMPTY_PAYLOAD_SHA256, range: "bytes=0-9" });
    expect(headers).not.toHaveProperty("host");
  });

  it("signs the PUT Object example (encoded key, payload hash, extra headers)", () => {
    const payload = new TextEncoder().encode("Welcome to Amazon S3.");
    expect(sha256Hex(payload)).toBe("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072");
    const encodedPath = encodePath("/test$file.text");
    expect(encodedPath).toBe("/test%24file.text");
    const headers = signRequest({
      ...common,
      method: "PUT",
      encodedPath,
      headers: { Date: "Fri, 24 May 2013 00:00:00 GMT", "x-amz-storage-class": "REDUCED_REDUNDANCY" },
      payloadSha256: sha256Hex(payload),
    });
    expect(headers.authorization).toBe(
      `AWS4-HMAC-SHA256 Credential=${scope},SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class,Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd`,
    );
  });

  it("signs the GET Bucket Lifecycle and List Objects examples (query strings)", () => {
    const lifecycle = signRequest({ ...common, method: "GET", encodedPath: "/", query: { lifecycle: "" }, payloadSha256: EMPTY_PAYLOAD_SHA256 });
    expect(lifecycle.authorization).toMatch(/Signature=fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543$/);
    const list = signRequest({ ...common, method: "GET", encodedPath: "/", query: { prefix: "J", "max-keys": "2" }, payloadSha256: EMPTY_PAYLOAD_SHA256 });
    expect(list.authorization).toMatch(/Signature=34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7$/);
  });

  it("changes the signature with the secret and formats the request time", () => {
    const sign = (secretAccessKey: string) =>
      signRequest({ ...common, credentials: { ...credentials, secretAccessKey }, method: "GET", encodedPath: "/a", payloadSha256: EMPTY_PAYLOAD_SHA256 }).authorization;
    expect(sign("other-secret")).not.toBe(sign(credentials.secretAccessKey));
    expect(amzDate(new Date("2026-01-02T03:04:05.678Z"))).toBe("20260102T030405Z");
    expect(encodePath("/b/k ey(1)*!'.png")).toBe("/b/k%20ey%281%29%2A%21%27.png");
  });
});
