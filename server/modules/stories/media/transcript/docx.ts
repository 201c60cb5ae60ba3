// Word (.docx): the paragraphs of the main document part, never inflating more than the limit.
import { message } from '../../../../kernel/i18n.js';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { MAX_DOCX_EXPANDED_BYTES, MB, startsWith, TranscriptError } from './transcript.js';

const WORD_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const MARKUP_COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const OFFICE_DOCUMENT_REL = /\/officeDocument$/;

function damagedDocx(): TranscriptError {
  return new TranscriptError(message('stories.transcript.docxDamaged'));
}

export function extractDocxParagraphs(bytes: Buffer): string[] {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
      throw new TranscriptError(message('stories.transcript.olderDocx'));
    }
    throw new TranscriptError(message('stories.transcript.notDocx'));
  }
  const rels = unzipEntry(bytes, '_rels/.rels');
  const mainPart = (rels && officeDocumentTarget(rels)) ?? 'word/document.xml';
  const xml = unzipEntry(bytes, mainPart);
  if (xml === null) {
    throw new TranscriptError(message('stories.transcript.zipNotDocx'));
  }
  return wordParagraphs(xml);
}

/**
 * Reads one entry, refusing before inflating it if its declared size is over the limit. The inflater is
 * given an output buffer of exactly the declared size, so an entry that lies about its size cannot
 * expand past it either (the surplus is dropped and the XML then fails to parse).
 */
function unzipEntry(bytes: Buffer, name: string): string | null {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (file.name !== name) return false;
        if (file.originalSize > MAX_DOCX_EXPANDED_BYTES) {
          throw new TranscriptError(
            message('stories.transcript.docxExpands', { megabytes: MAX_DOCX_EXPANDED_BYTES / MB }),
          );
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof TranscriptError) throw error;
    throw damagedDocx();
  }
  const entry = entries[name];
  if (entry === undefined) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(entry);
  } catch {
    throw damagedDocx();
  }
}

function officeDocumentTarget(relsXml: string): string | null {
  let target: string | null = null;
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const type = tag.attributes.Type;
    const to = tag.attributes.Target;
    if (
      target === null &&
      typeof type === 'string' &&
      typeof to === 'string' &&
      OFFICE_DOCUMENT_REL.test(type)
    ) {
      target = to.replace(/^\//, '');
    }
  });
  try {
    parser.write(relsXml).close();
  } catch {
    throw damagedDocx();
  }
  return target;
}

/** Paragraph texts in document order: runs' text, tabs and line breaks; deleted text is left out. */
function wordParagraphs(xml: string): string[] {
  const paragraphs: string[] = [];
  // Text boxes nest paragraphs inside paragraphs, so open paragraphs form a stack.
  const open: string[] = [];
  let inText = false;
  // Word stores text boxes twice (modern shape and a legacy fallback); only the first copy is read.
  let fallbackDepth = 0;
  const append = (s: string): void => {
    const top = open.length - 1;
    if (top >= 0) open[top] += s;
  };
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => {
    if (fallbackDepth > 0 || (tag.uri === MARKUP_COMPATIBILITY && tag.local === 'Fallback')) {
      fallbackDepth++;
      return;
    }
    if (!WORD_NAMESPACES.has(tag.uri)) return;
    switch (tag.local) {
      case 'p':
        open.push('');
        break;
      case 't':
        inText = true;
        break;
      case 'tab':
        append('\t');
        break;
      case 'br':
      case 'cr':
        append('\n');
        break;
      case 'noBreakHyphen':
        append('-');
        break;
    }
  });
  parser.on('text', (t) => {
    if (inText && fallbackDepth === 0) append(t);
  });
  parser.on('closetag', (tag) => {
    if (fallbackDepth > 0) {
      fallbackDepth--;
      return;
    }
    if (!WORD_NAMESPACES.has(tag.uri)) return;
    if (tag.local === 't') inText = false;
    else if (tag.local === 'p') {
      const paragraph = open.pop() ?? '';
      if (paragraph.trim() !== '') paragraphs.push(paragraph);
    }
  });
  try {
    parser.write(xml).close();
  } catch {
    throw damagedDocx();
  }
  return paragraphs;
}

/** Central-directory names of a zip, without inflating anything; null if it cannot be read. */
export function zipEntryNames(bytes: Buffer): string[] | null {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
  } catch {
    return null;
  }
  return names;
}
