import "server-only";
// A small page writer over pdf-lib: text in an embedded Noto Sans JP (so Japanese names and
// labels render), simple tables, and page breaks. The font ships with the npm package
// @expo-google-fonts/noto-sans-jp and is subset into each PDF, so PDFs stay small.
import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";

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
const GRAY = rgb(0.4, 0.42, 0.46);
const LINE = rgb(0.85, 0.86, 0.88);

export type Column = { header: string; width: number; align?: "left" | "right" };

export class PdfWriter {
  private page!: PDFPage;
  y = 0;
  private constructor(private doc: PDFDocument, private regular: PDFFont, private bold: PDFFont) {
    this.newPage();
  }

  static async create(title: string) {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const { regular, bold } = await loadFonts();
    const writer = new PdfWriter(doc, await doc.embedFont(regular, { subset: true }), await doc.embedFont(bold, { subset: true }));
    doc.setTitle(title);
    doc.setCreator("Wholesale");
    return writer;
  }

  get width() {
    return A4[0] - MARGIN * 2;
  }

  newPage() {
    this.page = this.doc.addPage([A4[0], A4[1]]);
    this.y = A4[1] - MARGIN;
  }

  private ensure(height: number) {
    if (this.y - height < MARGIN) this.newPage();
  }

  private fit(text: string, font: PDFFont, size: number, width: number) {
    if (font.widthOfTextAtSize(text, size) <= width) return text;
    let t = text;
    while (t.length > 1 && font.widthOfTextAtSize(`${t}…`, size) > width) t = t.slice(0, -1);
    return `${t}…`;
  }

  text(text: string, options: { size?: number; bold?: boolean; x?: number; gray?: boolean; gap?: number } = {}) {
    const size = options.size ?? 10;
    this.ensure(size + 4);
    const font = options.bold ? this.bold : this.regular;
    for (const line of text.split("\n")) {
      this.ensure(size + 4);
      this.page.drawText(this.fit(line, font, size, this.width - (options.x ?? 0)), { x: MARGIN + (options.x ?? 0), y: this.y - size, size, font, color: options.gray ? GRAY : rgb(0.1, 0.1, 0.12) });
      this.y -= size + 4;
    }
    this.y -= options.gap ?? 0;
  }

  /** Two blocks side by side (e.g. seller and buyer). */
  columns(left: string[], right: string[], titles: [string, string]) {
    const top = this.y;
    const half = this.width / 2;
    const draw = (lines: string[], title: string, x: number) => {
      this.y = top;
      this.text(title, { size: 8, bold: true, x, gray: true });
      for (const l of lines) this.text(l, { size: 10, x });
      return this.y;
    };
    const a = draw(left, titles[0], 0);
    const b = draw(right, titles[1], half);
    this.y = Math.min(a, b) - 10;
  }

  rule() {
    this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: MARGIN + this.width, y: this.y }, thickness: 0.5, color: LINE });
    this.y -= 6;
  }

  table(columns: Column[], rows: string[][]) {
    const size = 9;
    const rowHeight = 16;
    const drawRow = (cells: string[], bold: boolean) => {
      this.ensure(rowHeight + 2);
      let x = MARGIN;
      const font = bold ? this.bold : this.regular;
      cells.forEach((cell, i) => {
        const col = columns[i];
        const text = this.fit(cell, font, size, col.width - 6);
        const w = font.widthOfTextAtSize(text, size);
        this.page.drawText(text, { x: col.align === "right" ? x + col.width - w - 3 : x + 3, y: this.y - size - 3, size, font, color: bold ? GRAY : rgb(0.1, 0.1, 0.12) });
        x += col.width;
      });
      this.y -= rowHeight;
      this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: MARGIN + this.width, y: this.y }, thickness: 0.5, color: LINE });
    };
    drawRow(columns.map((c) => c.header), true);
    for (const row of rows) drawRow(row, false);
    this.y -= 8;
  }

  /** Right-aligned label/value pairs (totals). */
  summary(pairs: [string, string, boolean?][]) {
    for (const [label, value, strong] of pairs) {
      this.ensure(16);
      const font = strong ? this.bold : this.regular;
      const size = strong ? 11 : 10;
      const vw = font.widthOfTextAtSize(value, size);
      this.page.drawText(value, { x: MARGIN + this.width - vw, y: this.y - size, size, font });
      const lw = font.widthOfTextAtSize(label, size);
      this.page.drawText(label, { x: MARGIN + this.width - 140 - lw, y: this.y - size, size, font, color: GRAY });
      this.y -= size + 6;
    }
  }

  save() {
    return this.doc.save();
  }
}
