// REFI-QDA export (QDA-XML 1.0), so coded stories can be opened in NVivo, ATLAS.ti, MAXQDA or QualCoder.
// A .qdpx is a zip of project.qde (valid against Project.xsd) and sources/<guid>.txt; a .qdc is a codebook
// valid against Codebook.xsd. Pure: the caller loads the data and sends the bytes.
//
// Positions: the schema only says startPosition/endPosition are integers. The tools that read them count
// characters of the plain-text file, and QualCoder (Python strings) counts Unicode code points, so we
// convert Cairn's JavaScript (UTF-16) offsets to code points: an emoji moves later offsets by one, not two.

import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import { toXml, type XmlElement } from './refi-qda-xml.js';

export { escapeXml, stripInvalidXmlChars } from './refi-qda-xml.js';

export interface QdaUser {
  id: string;
  name: string;
}

export interface QdaCode {
  id: string;
  name: string;
  description?: string;
  /** #rgb or #rrggbb; anything else is left out, as the schema allows only those. */
  colour?: string;
  parentId?: string | null;
  isCodable: boolean;
}

export interface QdaSource {
  id: string;
  name: string;
  text: string;
  createdBy?: string;
  createdAt?: Date;
}

export interface QdaSelection {
  id: string;
  sourceId: string;
  codeId: string;
  /** UTF-16 offsets into the source text, half-open. */
  start: number;
  end: number;
  coderId: string;
  createdAt: Date;
}

export type QdaNoteTarget =
  { kind: 'source' | 'code' | 'selection'; id: string } | { kind: 'project'; id?: string };

export interface QdaNote {
  id: string;
  text: string;
  createdBy: string;
  createdAt: Date;
  target: QdaNoteTarget;
}

export interface QdaProject {
  name: string;
  origin: string;
  createdAt: Date;
  createdBy?: string;
  description?: string;
  users: readonly QdaUser[];
  codes: readonly QdaCode[];
  sources: readonly QdaSource[];
  selections: readonly QdaSelection[];
  notes: readonly QdaNote[];
}

export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';
export const CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

// ---------------------------------------------------------------------------------------------------
// GUIDs, dates, colours and positions

export type GuidKind = 'user' | 'code' | 'source' | 'selection' | 'coding' | 'note';

/**
 * A name-based UUID (version 5 layout, SHA-1) for a Cairn record, so the same record gets the same GUID in
 * every export (tools can then recognise a re-import) and ids of different kinds can never collide.
 */
export function qdaGuid(kind: GuidKind, id: string): string {
  const hash = createHash('sha1').update(`cairn:refi-qda:${kind}:${id}`).digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function dateTime(date: Date): string {
  // toISOString() gives 2024-05-01T09:30:00.000Z, a valid xsd:dateTime in UTC.
  return date.toISOString();
}

const RGB = /^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/;

/** UTF-16 offset → code points before it, for every offset of the text (inside a pair rounds down). */
function codePointOffsets(text: string): Uint32Array {
  const offsets = new Uint32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    offsets[i] = count;
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      offsets[i + 1] = count;
      i++;
    }
    count++;
  }
  offsets[text.length] = count;
  return offsets;
}

// ---------------------------------------------------------------------------------------------------
// Building the documents

function orderedCodeTree(codes: readonly QdaCode[]): { roots: QdaCode[]; children: Map<string, QdaCode[]> } {
  const ids = new Set(codes.map((c) => c.id));
  const children = new Map<string, QdaCode[]>();
  const roots: QdaCode[] = [];
  for (const code of codes) {
    const parent = code.parentId;
    if (parent && parent !== code.id && ids.has(parent)) {
      children.set(parent, [...(children.get(parent) ?? []), code]);
    } else {
      roots.push(code);
    }
  }
  // A cycle of parents would leave codes unreachable from any root; they become roots so none is lost.
  const reached = new Set<string>();
  const visit = (code: QdaCode) => {
    if (reached.has(code.id)) return;
    reached.add(code.id);
    for (const child of children.get(code.id) ?? []) visit(child);
  };
  roots.forEach(visit);
  for (const code of codes) {
    if (!reached.has(code.id)) {
      roots.push(code);
      visit(code);
    }
  }
  return { roots, children };
}

function codeElements(codes: readonly QdaCode[], noteRefs: (code: QdaCode) => XmlElement[]): XmlElement[] {
  const { roots, children } = orderedCodeTree(codes);
  const seen = new Set<string>();
  const build = (code: QdaCode): XmlElement[] => {
    if (seen.has(code.id)) return [];
    seen.add(code.id);
    const colour = code.colour && RGB.test(code.colour) ? code.colour : undefined;
    return [
      {
        name: 'Code',
        attributes: {
          guid: qdaGuid('code', code.id),
          name: code.name,
          isCodable: String(code.isCodable),
          color: colour,
        },
        // Schema order: Description, NoteRef*, Code*.
        children: [
          ...(code.description ? [{ name: 'Description', text: code.description }] : []),
          ...noteRefs(code),
          ...(children.get(code.id) ?? []).flatMap(build),
        ],
      },
    ];
  };
  return roots.flatMap(build);
}

function noteRef(note: QdaNote): XmlElement {
  return { name: 'NoteRef', attributes: { targetGUID: qdaGuid('note', note.id) } };
}

/** The Codebook exchange file (.qdc). The codebook schema has no notes, so code memos are not in it. */
export function buildCodebookXml(codes: readonly QdaCode[], origin = 'Cairn'): string {
  if (codes.length === 0) throw new RangeError('A REFI-QDA codebook needs at least one code.');
  return toXml({
    name: 'CodeBook',
    attributes: { xmlns: CODEBOOK_NAMESPACE, origin },
    children: [{ name: 'Codes', children: codeElements(codes, () => []) }],
  });
}

/** The path of a source's text inside the .qdpx, and the reference project.qde makes to it. */
export function sourceFileName(source: Pick<QdaSource, 'id'>): string {
  return `${qdaGuid('source', source.id)}.txt`;
}

/**
 * The project file (project.qde). Sources refer to their text as internal://<guid>.txt, which only
 * resolves inside the .qdpx that buildQdpx makes. Throws on a selection or note that points at something
 * not in the project, or a selection outside its source's text, rather than write a broken file.
 */
export function buildProjectXml(project: QdaProject): string {
  const users = new Set(project.users.map((u) => u.id));
  const userGuid = (id: string | undefined) =>
    id !== undefined && users.has(id) ? qdaGuid('user', id) : undefined;
  const codes = new Set(project.codes.map((c) => c.id));
  const sources = new Map(project.sources.map((s) => [s.id, s]));
  const selectionIds = new Set(project.selections.map((s) => s.id));

  const notesOn = new Map<string, QdaNote[]>();
  for (const note of project.notes) {
    const { target } = note;
    const known =
      target.kind === 'project' ||
      (target.kind === 'source' && sources.has(target.id)) ||
      (target.kind === 'code' && codes.has(target.id)) ||
      (target.kind === 'selection' && selectionIds.has(target.id));
    if (!known) throw new RangeError(`Note ${note.id} is about a ${target.kind} that is not in the export.`);
    const key = target.kind === 'project' ? 'project' : `${target.kind}:${target.id}`;
    notesOn.set(key, [...(notesOn.get(key) ?? []), note]);
  }
  const refsTo = (key: string) => (notesOn.get(key) ?? []).map(noteRef);

  const selectionsBySource = new Map<string, QdaSelection[]>();
  for (const selection of project.selections) {
    const source = sources.get(selection.sourceId);
    if (!source) throw new RangeError(`Selection ${selection.id} is in a source that is not in the export.`);
    if (!codes.has(selection.codeId))
      throw new RangeError(`Selection ${selection.id} has a code not in the export.`);
    if (
      !Number.isInteger(selection.start) ||
      !Number.isInteger(selection.end) ||
      selection.start < 0 ||
      selection.end <= selection.start ||
      selection.end > source.text.length
    ) {
      throw new RangeError(`Selection ${selection.id} is not a range inside its source's text.`);
    }
    selectionsBySource.set(selection.sourceId, [
      ...(selectionsBySource.get(selection.sourceId) ?? []),
      selection,
    ]);
  }

  const sourceElements = project.sources.map((source): XmlElement => {
    const offsets = codePointOffsets(source.text);
    const selections = [...(selectionsBySource.get(source.id) ?? [])].sort(
      (a, b) => a.start - b.start || a.end - b.end,
    );
    return {
      name: 'TextSource',
      attributes: {
        guid: qdaGuid('source', source.id),
        name: source.name,
        plainTextPath: `internal://${sourceFileName(source)}`,
        creatingUser: userGuid(source.createdBy),
        creationDateTime: source.createdAt ? dateTime(source.createdAt) : undefined,
      },
      // Schema order: Description, PlainTextContent, PlainTextSelection*, Coding*, NoteRef*, VariableValue*.
      children: [
        ...selections.map((selection): XmlElement => ({
          name: 'PlainTextSelection',
          attributes: {
            guid: qdaGuid('selection', selection.id),
            // A selection that starts or ends inside an emoji's surrogate pair takes the whole emoji.
            startPosition: String(offsets[selection.start] ?? 0),
            endPosition: String((offsets[selection.end - 1] ?? 0) + 1),
            creatingUser: userGuid(selection.coderId),
            creationDateTime: dateTime(selection.createdAt),
          },
          // Schema order: Description, Coding*, NoteRef*.
          children: [
            {
              name: 'Coding',
              attributes: {
                guid: qdaGuid('coding', selection.id),
                creatingUser: userGuid(selection.coderId),
                creationDateTime: dateTime(selection.createdAt),
              },
              children: [{ name: 'CodeRef', attributes: { targetGUID: qdaGuid('code', selection.codeId) } }],
            },
            ...refsTo(`selection:${selection.id}`),
          ],
        })),
        ...refsTo(`source:${source.id}`),
      ],
    };
  });

  const noteElements = project.notes.map((note): XmlElement => ({
    // A note is a TextSource whose text is inline (PlainTextContent), not in a file.
    name: 'Note',
    attributes: {
      guid: qdaGuid('note', note.id),
      name: noteName(note.text),
      creatingUser: userGuid(note.createdBy),
      creationDateTime: dateTime(note.createdAt),
    },
    children: [{ name: 'PlainTextContent', text: note.text }],
  }));

  // Schema order: Users, CodeBook, Variables, Cases, Sources, Notes, Links, Sets, Graphs, Description,
  // NoteRef*; each list element needs at least one item, so empty lists are left out.
  const children: XmlElement[] = [];
  if (project.users.length > 0) {
    children.push({
      name: 'Users',
      children: project.users.map((user) => ({
        name: 'User',
        attributes: { guid: qdaGuid('user', user.id), name: user.name },
      })),
    });
  }
  if (project.codes.length > 0) {
    children.push({
      name: 'CodeBook',
      children: [
        { name: 'Codes', children: codeElements(project.codes, (code) => refsTo(`code:${code.id}`)) },
      ],
    });
  }
  if (sourceElements.length > 0) children.push({ name: 'Sources', children: sourceElements });
  if (noteElements.length > 0) children.push({ name: 'Notes', children: noteElements });
  if (project.description) children.push({ name: 'Description', text: project.description });
  children.push(...refsTo('project'));

  return toXml({
    name: 'Project',
    attributes: {
      xmlns: PROJECT_NAMESPACE,
      name: project.name,
      origin: project.origin,
      creatingUserGUID: userGuid(project.createdBy),
      creationDateTime: dateTime(project.createdAt),
    },
    children,
  });
}

/** A short name for a memo, from its first line, since tools list notes by name. */
function noteName(text: string): string {
  const firstLine = text.trim().split(/\r?\n/, 1)[0] ?? '';
  const chars = [...firstLine];
  return chars.length > 60 ? `${chars.slice(0, 59).join('')}…` : firstLine || 'Memo';
}

/** The .qdpx archive: project.qde and each source's text as UTF-8 in sources/<guid>.txt. */
export function buildQdpx(project: QdaProject): Uint8Array {
  const files: Record<string, Uint8Array> = { 'project.qde': strToU8(buildProjectXml(project)) };
  for (const source of project.sources) {
    // TextEncoder turns a lone surrogate into U+FFFD: one code point for one, so positions still hold.
    files[`sources/${sourceFileName(source)}`] = new TextEncoder().encode(source.text);
  }
  return zipSync(files, { level: 6 });
}
