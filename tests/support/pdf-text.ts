// The text a PDF shows, as one string per drawn text fragment, for tests. Our PDFs (pdfkit with an
// embedded, subset font) draw glyph ids, so each font's ToUnicode map turns them back into text.
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, type PDFObject } from "pdf-lib";

function streamText(doc: PDFDocument, object: PDFObject | undefined): string {
  const resolved = object instanceof PDFRef ? doc.context.lookup(object) : object;
  if (resolved instanceof PDFArray) return resolved.asArray().map((part) => streamText(doc, part)).join("\n");
  if (resolved instanceof PDFRawStream) return Buffer.from(decodePDFRawStream(resolved).decode()).toString("latin1");
  return "";
}

function hexToString(hex: string): string {
  const units: number[] = [];
  for (let i = 0; i + 4 <= hex.length; i += 4) units.push(Number.parseInt(hex.slice(i, i + 4), 16));
  return String.fromCharCode(...units);
}

/** Glyph code -> text, from a ToUnicode CMap (bfrange with arrays or offsets, and bfchar). */
function parseCmap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F\s]+>)/g)) {
      const start = Number.parseInt(m[1], 16);
      const end = Number.parseInt(m[2], 16);
      if (m[3].startsWith("[")) {
        [...m[3].matchAll(/<([0-9a-fA-F\s]+)>/g)].forEach((entry, i) => map.set(start + i, hexToString(entry[1].replace(/\s/g, ""))));
      } else {
        const base = hexToString(m[3].slice(1, -1).replace(/\s/g, ""));
        for (let code = start; code <= end; code++) map.set(code, base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + code - start));
      }
    }
  }
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]+)>/g)) map.set(Number.parseInt(m[1], 16), hexToString(m[2].replace(/\s/g, "")));
  }
  return map;
}

/** Every text fragment of every page (one per BT … ET block), in drawing order. */
export async function pdfTextFragments(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  const fragments: string[] = [];
  for (const page of doc.getPages()) {
    const fontDict = page.node.Resources()?.lookup(PDFName.of("Font"), PDFDict);
    const cmaps = new Map<string, Map<number, string>>();
    for (const [name, ref] of fontDict?.entries() ?? []) {
      const font = doc.context.lookup(ref, PDFDict);
      cmaps.set(name.asString(), parseCmap(streamText(doc, font.get(PDFName.of("ToUnicode")))));
    }
    const content = streamText(doc, page.node.get(PDFName.of("Contents")));
    for (const block of content.matchAll(/\bBT\b([\s\S]*?)\bET\b/g)) {
      let cmap = new Map<number, string>();
      let text = "";
      for (const op of block[1].matchAll(/(\/[^\s/]+)\s+[\d.]+\s+Tf|\[((?:[^\]])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
        if (op[1]) cmap = cmaps.get(op[1]) ?? new Map();
        const hexes = op[2] !== undefined ? [...op[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]) : op[3] !== undefined ? [op[3]] : [];
        for (const hex of hexes) {
          for (let i = 0; i + 4 <= hex.length; i += 4) text += cmap.get(Number.parseInt(hex.slice(i, i + 4), 16)) ?? "\uFFFD";
        }
      }
      fragments.push(text);
    }
  }
  return fragments;
}
