// RFC 4180 CSV: quoted fields with commas, quotes ("") and line breaks; CRLF or LF; a UTF-8 BOM
// (as Excel writes it) is dropped. Small enough to own instead of adding a dependency.

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
      continue;
    }
    if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV text with a BOM so Excel opens UTF-8 (Japanese names) correctly. */
export function toCsv(rows: (string | number | null | undefined)[][]): string {
  return "\ufeff" + rows.map((r) => r.map((v) => quote(v === null || v === undefined ? "" : String(v))).join(",")).join("\r\n") + "\r\n";
}
