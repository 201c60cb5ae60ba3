import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  PageBreak,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import PDFDocument from 'pdfkit';

/**
 * A small document model that reports (café harvests, analysis briefings) are written in once and
 * rendered to the formats people open: Word (DOCX) and PDF.
 */

/** Space between a table's columns in a PDF, in points. */
const CELL_GAP = 8;
export type DocumentBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; caption: string; header: string[]; rows: string[][] }
  | { kind: 'image'; data: Buffer; caption: string; width: number; height: number }
  /** Starts a new page (each table card on its own page). */
  | { kind: 'page-break' };

export type ReportDocument = { title: string; subtitle?: string; blocks: DocumentBlock[] };

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** Renders to Word. Headings use Word's own heading styles, so the navigation pane and screen readers work. */
export async function renderDocx(report: ReportDocument): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: report.title, heading: HeadingLevel.TITLE }),
  ];
  if (report.subtitle)
    children.push(new Paragraph({ children: [new TextRun({ text: report.subtitle, italics: true })] }));
  for (const block of report.blocks) {
    switch (block.kind) {
      case 'heading':
        children.push(new Paragraph({ text: block.text, heading: HEADINGS[block.level] }));
        break;
      case 'paragraph':
        children.push(new Paragraph({ text: block.text }));
        break;
      case 'list':
        for (const item of block.items) children.push(new Paragraph({ text: item, bullet: { level: 0 } }));
        break;
      case 'table':
        children.push(new Paragraph({ children: [new TextRun({ text: block.caption, bold: true })] }));
        children.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({
                tableHeader: true,
                children: block.header.map(
                  (cell) =>
                    new TableCell({
                      children: [new Paragraph({ children: [new TextRun({ text: cell, bold: true })] })],
                    }),
                ),
              }),
              ...block.rows.map(
                (row) =>
                  new TableRow({
                    children: row.map((cell) => new TableCell({ children: [new Paragraph({ text: cell })] })),
                  }),
              ),
            ],
          }),
        );
        break;
      case 'image': {
        const scale = Math.min(1, 500 / block.width);
        children.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new ImageRun({
                type: block.data[0] === 0x89 ? 'png' : 'jpg',
                data: block.data,
                transformation: {
                  width: Math.round(block.width * scale),
                  height: Math.round(block.height * scale),
                },
                altText: { title: block.caption, description: block.caption, name: block.caption },
              }),
            ],
          }),
        );
        children.push(new Paragraph({ children: [new TextRun({ text: block.caption, italics: true })] }));
        break;
      }
      case 'page-break':
        children.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  }
  const document = new Document({
    title: report.title,
    creator: 'Cairn',
    styles: { default: { document: { run: { font: 'Arial', size: 24 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

/** Renders to PDF with the standard Helvetica fonts that ship inside pdfkit (nothing downloaded). */
export async function renderPdf(
  report: ReportDocument,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 56,
    compress: options.compress ?? true,
    lang: 'en-GB',
    displayTitle: true,
    info: { Title: report.title, Creator: 'Cairn' },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const width = pdf.page.width - 112;
  pdf.font('Helvetica-Bold').fontSize(22).text(report.title, { width });
  if (report.subtitle)
    pdf.moveDown(0.3).font('Helvetica-Oblique').fontSize(12).text(report.subtitle, { width });
  pdf.moveDown();
  const sizes = { 1: 18, 2: 15, 3: 13 } as const;
  for (const block of report.blocks) {
    switch (block.kind) {
      case 'heading':
        pdf.moveDown(0.6).font('Helvetica-Bold').fontSize(sizes[block.level]).text(block.text, { width });
        pdf.moveDown(0.3);
        break;
      case 'paragraph':
        pdf.font('Helvetica').fontSize(11).text(block.text, { width, lineGap: 2 });
        pdf.moveDown(0.5);
        break;
      case 'list':
        pdf.font('Helvetica').fontSize(11).list(block.items, { width, bulletRadius: 2, lineGap: 2 });
        pdf.moveDown(0.5);
        break;
      case 'table': {
        pdf.font('Helvetica-Bold').fontSize(11).text(block.caption, { width });
        pdf.moveDown(0.2);
        const columns = block.header.length;
        // Each column as wide as its words need: a rank or a count stays narrow, the words get the room.
        const measure = (text: string, bold: boolean) =>
          pdf
            .font(bold ? 'Helvetica-Bold' : 'Helvetica')
            .fontSize(10)
            .widthOfString(text) + CELL_GAP;
        const natural = Array.from({ length: columns }, (_, i) =>
          Math.max(
            measure(block.header[i] ?? '', true),
            ...block.rows.map((r) => measure(r[i] ?? '', false)),
          ),
        );
        const least = Array.from({ length: columns }, (_, i) =>
          Math.max(
            ...[block.header[i] ?? '', ...block.rows.map((r) => r[i] ?? '')].flatMap((cell, n) =>
              cell.split(/\s+/).map((word) => measure(word, n === 0)),
            ),
          ),
        );
        const widths = columnWidths(natural, least, width);
        const row = (cells: string[], bold: boolean) => {
          const top = pdf.y;
          let bottom = top;
          pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(10);
          let x = 56;
          cells.forEach((cell, i) => {
            const cellWidth = widths[i] ?? 0;
            pdf.text(cell, x, top, { width: cellWidth - CELL_GAP });
            x += cellWidth;
            bottom = Math.max(bottom, pdf.y);
          });
          pdf.x = 56;
          pdf.y = bottom + 4;
          if (pdf.y > pdf.page.height - 80) pdf.addPage();
        };
        row(block.header, true);
        for (const cells of block.rows) row(cells, false);
        pdf.moveDown(0.5);
        break;
      }
      case 'image': {
        const scale = Math.min(1, width / block.width, 360 / block.height);
        if (pdf.y + block.height * scale > pdf.page.height - 80) pdf.addPage();
        pdf.image(block.data, { width: block.width * scale });
        pdf.font('Helvetica-Oblique').fontSize(10).text(block.caption, { width });
        pdf.moveDown(0.5);
        break;
      }
      case 'page-break':
        pdf.addPage();
        break;
    }
  }
  pdf.end();
  return done;
}

/** Width, height and type of a PNG or JPEG, read from its header; null for anything else. */
export function readImageSize(
  data: Buffer,
): { width: number; height: number; mime: 'image/png' | 'image/jpeg' } | null {
  if (data.length > 24 && data.readUInt32BE(0) === 0x89504e47 && data.toString('ascii', 12, 16) === 'IHDR') {
    return { width: data.readUInt32BE(16), height: data.readUInt32BE(20), mime: 'image/png' };
  }
  if (data.length > 4 && data[0] === 0xff && data[1] === 0xd8) {
    let offset = 2;
    while (offset + 9 < data.length) {
      if (data[offset] !== 0xff) return null;
      const marker = data[offset + 1] ?? 0;
      const length = data.readUInt16BE(offset + 2);
      // SOF0–SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
        return {
          height: data.readUInt16BE(offset + 5),
          width: data.readUInt16BE(offset + 7),
          mime: 'image/jpeg',
        };
      }
      offset += 2 + length;
    }
  }
  return null;
}

/**
 * Column widths for a table that fills `total` points, the way a browser lays out an automatic table:
 * each column gets at least its longest word (`least`), and the room left is shared in proportion to
 * how much more each would take to sit on one line (`natural`). A rank or a count stays narrow, and
 * the words get the width. When even the longest words do not fit, every column shrinks alike.
 */
export function columnWidths(natural: number[], least: number[], total: number): number[] {
  const wants = natural.map((n, i) => Math.max(n, least[i] ?? 0));
  const sumWants = wants.reduce((a, b) => a + b, 0);
  const sumLeast = least.reduce((a, b) => a + b, 0);
  if (sumWants <= total) {
    // Everything fits on one line: share the spare room in proportion to each column's words.
    return wants.map((w) => w + ((total - sumWants) * w) / sumWants);
  }
  if (sumLeast >= total) return least.map((l) => (l * total) / sumLeast);
  const spare = total - sumLeast;
  const extra = sumWants - sumLeast;
  return wants.map((w, i) => (least[i] ?? 0) + ((w - (least[i] ?? 0)) * spare) / extra);
}
