// A raw message as an SMTP server received it, decoded enough for tests: the subject and the
// text/plain and text/html parts.

/** RFC 2047 encoded words ("=?UTF-8?B?...?=") back to text. */
function decodeWords(header: string) {
  return header.replace(/\r?\n[ \t]/g, " ").replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, kind: string, data: string) =>
    kind.toUpperCase() === "B" ? Buffer.from(data, "base64").toString("utf8") : Buffer.from(data.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16))), "latin1").toString("utf8"),
  );
}

/** The subject and the text/plain and text/html parts of a raw message, decoded. */
export function parseMessage(raw: string) {
  const subject = decodeWords(/^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)?.[1] ?? "");
  const part = (type: string) => {
    const found = new RegExp(`Content-Type: ${type}[^\\r\\n]*\\r?\\n((?:[^\\r\\n]+\\r?\\n)*)\\r?\\n([\\s\\S]*?)\\r?\\n--`, "i").exec(raw);
    if (!found) return null;
    const encoding = /Content-Transfer-Encoding: (\S+)/i.exec(found[1])?.[1].toLowerCase();
    if (encoding === "base64") return Buffer.from(found[2].replace(/\s/g, ""), "base64").toString("utf8");
    if (encoding === "quoted-printable") {
      const bytes = found[2].replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
      return Buffer.from(bytes, "latin1").toString("utf8");
    }
    return found[2];
  };
  return { subject, text: part("text/plain"), html: part("text/html") };
}
