import "server-only";
// A small page writer over pdfkit: text in an embedded Noto Sans JP (so Japanese names and labels
// render), simple tables, and page breaks. The font ships with the npm package
// @expo-google-fonts/noto-sans-jp and pdfkit subsets it into each PDF, so PDFs stay small.
import { readFile } from "node:fs/promises";
import path from "node:path";
import PDFDocument from "pdfkit";

const FONT_DIR = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans-jp");
let fonts: Promise<{ regular: Buffer; bold: Buffer }> | undefined;

function loadFonts() {
  fonts ??= Promise.all([
    readFile(path.join(FONT_DIR, "400Regular", "NotoSansJP_400Regular.ttf")),
    readFile(path.join(FONT_DIR, "700Bold", "NotoSansJP_700Bold.ttf")),
  ]).then(([regular, bold]) => ({ regular, bold }));
  return fonts;
}

const A4 = [595.28, 841.89] as const;
const MARGIN = 48;
const INK = "#1a1a1f";
const GRAY = "#676b75";
const LINE = "#d9dbe0";

export type Column = { header: string; width: number; align?: "left" | "right" };

export class PdfWriter {
  y = MARGIN;
  private constructor(private doc: PDFKit.PDFDocument) {}

  static async create(title: string) {
    const { regular, bold } = await loadFonts();
    // The initial font is our own, so pdfkit never loads its built-in Helvetica metrics files.
    const doc = new PDFDocument({ size: "A4", margin: MARGIN, font: regular as unknown as string, info: { Title: title, Creator: "Wholesale" }, autoFirstPage: true });
    doc.registerFont("regular", regular);
    doc.registerFont("bold", bold);
    return new PdfWriter(doc);
  }

  get width() {
    return A4[0] - MARGIN * 2;
  }

  private ensure(height: number) {
    if (this.y + height > A4[1] - MARGIN) {
      this.doc.addPage();
      this.y = MARGIN;
    }
  }

  private fit(text: string, width: number) {
    if (this.doc.widthOfString(text) <= width) return text;
    let t = text;
    while (t.length > 1 && this.doc.widthOfString(`${t}…`) > width) t = t.slice(0, -1);
    return `${t}…`;
  }

  private draw(text: string, x: number, width: number, options: { size: number; bold?: boolean; color?: string; align?: "left" | "right" }) {
    this.doc.font(options.bold ? "bold" : "regular").fontSize(options.size).fillColor(options.color ?? INK);
    const fitted = this.fit(text, width);
    const offset = options.align === "right" ? width - this.doc.widthOfString(fitted) : 0;
    this.doc.text(fitted, MARGIN + x + offset, this.y, { lineBreak: false });
  }

  text(text: string, options: { size?: number; bold?: boolean; x?: number; gray?: boolean; gap?: number } = {}) {
    const size = options.size ?? 10;
    for (const line of text.split("\n")) {
      this.ensure(size + 6);
      this.draw(line, options.x ?? 0, this.width - (options.x ?? 0), { size, bold: options.bold, color: options.gray ? GRAY : INK });
      this.y += size + 6;
    }
    this.y += options.gap ?? 0;
  }

  /** Text wrapped to the page width (a buyer's note): at spaces where there are any, else anywhere (Japanese). */
  paragraph(text: string, options: { size?: number; gray?: boolean; gap?: number } = {}) {
    const size = options.size ?? 10;
    this.doc.font("regular").fontSize(size);
    const lines: string[] = [];
    for (const raw of text.split(/\r?\n/)) {
      let line = "";
      for (const char of raw) {
        if (this.doc.widthOfString(line + char) <= this.width || line === "") {
          line += char;
          continue;
        }
        const space = line.lastIndexOf(" ");
        const cut = char !== " " && space > 0 ? space : line.length;
        lines.push(line.slice(0, cut));
        line = (line.slice(cut) + char).trimStart();
      }
      lines.push(line);
    }
    this.text(lines.join("\n"), { size, gray: options.gray, gap: options.gap });
  }

  /** Two blocks side by side (e.g. seller and buyer). */
  columns(left: string[], right: string[], titles: [string, string]) {
    const top = this.y;
    const half = this.width / 2;
    const block = (lines: string[], title: string, x: number) => {
      this.y = top;
      this.text(title, { size: 8, bold: true, x, gray: true });
      for (const l of lines) this.text(l, { size: 10, x });
      return this.y;
    };
    const a = block(left, titles[0], 0);
    const b = block(right, titles[1], half);
    this.y = Math.max(a, b) + 8;
  }

  rule() {
    this.doc.moveTo(MARGIN, this.y).lineTo(MARGIN + this.width, this.y).lineWidth(0.5).strokeColor(LINE).stroke();
    this.y += 8;
  }

  table(columns: Column[], rows: string[][]) {
    const size = 9;
    const rowHeight = 18;
    const row = (cells: string[], header: boolean) => {
      this.ensure(rowHeight);
      let x = 0;
      const top = this.y;
      this.y += 4;
      cells.forEach((cell, i) => {
        const col = columns[i];
        this.draw(cell, x + 3, col.width - 6, { size, bold: header, color: header ? GRAY : INK, align: col.align });
        x += col.width;
      });
      this.y = top + rowHeight;
      this.rule();
      this.y -= 8;
    };
    row(columns.map((c) => c.header), true);
    for (const r of rows) row(r, false);
    this.y += 8;
  }

  /** Right-aligned label/value pairs (totals). */
  summary(pairs: [string, string, boolean?][]) {
    for (const [label, value, strong] of pairs) {
      const size = strong ? 11 : 10;
      this.ensure(size + 8);
      this.draw(value, this.width - 120, 120, { size, bold: strong, align: "right" });
      this.draw(label, this.width - 260, 130, { size, bold: strong, color: GRAY, align: "right" });
      this.y += size + 8;
    }
  }

  save(): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      this.doc.on("data", (c: Buffer) => chunks.push(c));
      this.doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
      this.doc.on("error", reject);
      this.doc.end();
    });
  }
}
