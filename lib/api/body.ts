// Reads a request's JSON body with a size limit: the declared length is checked first, and the
// stream is cut off past the limit (a missing or lying Content-Length cannot get around it).
import { apiError } from "./errors";

export const MAX_BODY_BYTES = 1024 * 1024;

export async function readJsonBody(request: Request, limit = MAX_BODY_BYTES): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) throw apiError(415, "UNSUPPORTED_MEDIA_TYPE", "api.errors.jsonRequired");
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw apiError(413, "PAYLOAD_TOO_LARGE", "api.errors.bodyTooLarge", { limit });
  if (!request.body) throw apiError(400, "INVALID_JSON", "api.errors.invalidJson");
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw apiError(413, "PAYLOAD_TOO_LARGE", "api.errors.bodyTooLarge", { limit });
    }
    chunks.push(value);
  }
  const text = new TextDecoder("utf-8").decode(Buffer.concat(chunks));
  try {
    return JSON.parse(text);
  } catch {
    throw apiError(400, "INVALID_JSON", "api.errors.invalidJson");
  }
}
