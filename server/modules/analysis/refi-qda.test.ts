import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  buildCodebookXml,
  buildProjectXml,
  buildQdpx,
  escapeXml,
  qdaGuid,
  sourceFileName,
  stripInvalidXmlChars,
  type QdaProject,
  type QdaSelection,
} from './refi-qda.js';

const projectXsd = fileURLToPath(new URL('./refi-qda-schemas/Project.xsd', import.meta.url));
const codebookXsd = fileURLToPath(new URL('./refi-qda-schemas/Codebook.xsd', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cairn-refi-qda-'));

/** Validates a file against a schema; xmllint exits non-zero with the reasons on stderr when it is not. */
function validate(xml: string, xsd: string, fileName: string): void {
  const file = join(dir, fileName);
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', xsd, file], { stdio: 'pipe' });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
    throw new Error(`${fileName} is not valid against ${xsd}:\n${stderr}`, { cause: error });
  }
}

/** Evaluates an XPath (local names, to skip the namespace) with xmllint and returns what it prints. */
function xpath(xml: string, expression: string): string {
  const file = join(dir, 'xpath.xml');
  writeFileSync(file, xml);
  // xmllint ends what it prints with one newline of its own.
  return execFileSync('xmllint', ['--xpath', expression, file]).toString().replace(/\n$/, '');
}

const at = (iso: string) => new Date(iso);

// Text with markup characters, quotes, an emoji (two UTF-16 units, one code point) and a newline.
const story1 = 'I said "no" & <meant> it 😀.\nThen peers helped: \'hope\'.';
const story2 = 'Work gave me a reason to get up. Friends too & family.';

function project(): QdaProject {
  const start = (text: string, part: string) => text.indexOf(part);
  const s1Hope = start(story1, 'Then peers');
  const s1Emoji = start(story1, 'it 😀');
  return {
    name: 'Riverside stories <2024> & "more"',
    origin: 'Cairn',
    createdAt: at('2024-05-01T09:30:00Z'),
    createdBy: 'u-ann',
    users: [
      { id: 'u-ann', name: 'Ann Peer' },
      { id: 'u-bob', name: 'Bob "B" O\'Neil' },
    ],
    codes: [
      { id: 'c-connect', name: 'Connectedness', colour: '#1f77b4', isCodable: true },
      {
        id: 'c-hope',
        name: 'Hope & optimism',
        description: 'About the future <and> "belief"',
        isCodable: true,
      },
      { id: 'c-peer', name: 'Peer support', parentId: 'c-connect', colour: '#abc', isCodable: true },
      { id: 'c-identity', name: 'Identity', colour: 'blue', isCodable: true },
      { id: 'c-meaning', name: 'Meaning', isCodable: true },
      { id: 'c-empower', name: 'Empowerment', isCodable: false, parentId: null },
    ],
    sources: [
      {
        id: 's1',
        name: 'Story one',
        text: story1,
        createdBy: 'u-ann',
        createdAt: at('2024-04-01T10:00:00Z'),
      },
      { id: 's2', name: 'Story two', text: story2 },
    ],
    selections: [
      {
        id: 'sel-1',
        sourceId: 's1',
        codeId: 'c-hope',
        start: s1Hope,
        end: story1.length,
        coderId: 'u-ann',
        createdAt: at('2024-05-02T10:00:00Z'),
      },
      {
        id: 'sel-2',
        sourceId: 's1',
        codeId: 'c-hope',
        start: s1Hope,
        end: s1Hope + 10,
        coderId: 'u-bob',
        createdAt: at('2024-05-02T11:00:00Z'),
      },
      {
        id: 'sel-3',
        sourceId: 's1',
        codeId: 'c-peer',
        start: s1Emoji,
        end: s1Emoji + 5,
        coderId: 'u-bob',
        createdAt: at('2024-05-02T11:05:00Z'),
      },
      {
        id: 'sel-4',
        sourceId: 's2',
        codeId: 'c-meaning',
        start: 0,
        end: 32,
        coderId: 'u-ann',
        createdAt: at('2024-05-03T09:00:00Z'),
      },
    ],
    notes: [
      {
        id: 'n-source',
        text: 'Told at the café; check consent <again> & "quotes".\nSecond line.',
        createdBy: 'u-ann',
        createdAt: at('2024-05-02T12:00:00Z'),
        target: { kind: 'source', id: 's1' },
      },
      {
        id: 'n-code',
        text: 'Hope overlaps with meaning here.',
        createdBy: 'u-bob',
        createdAt: at('2024-05-02T12:30:00Z'),
        target: { kind: 'code', id: 'c-hope' },
      },
      {
        id: 'n-selection',
        text: 'Bob only coded the first words \u0007 (a bell character is dropped).',
        createdBy: 'u-bob',
        createdAt: at('2024-05-02T13:00:00Z'),
        target: { kind: 'selection', id: 'sel-2' },
      },
      {
        id: 'n-project',
        text: 'Double-coded by two peer researchers.',
        createdBy: 'u-ann',
        createdAt: at('2024-05-04T09:00:00Z'),
        target: { kind: 'project' },
      },
    ],
  };
}

describe('XML helpers', () => {
  it('escapes markup and quotes and drops characters XML 1.0 cannot hold', () => {
    expect(escapeXml('a & b < c > "d" \'e\'')).toBe('a &amp; b &lt; c &gt; &quot;d&quot; &apos;e&apos;');
    expect(stripInvalidXmlChars('ok\u0000\u0007\u001f\t\n\r😀\uD800\uFFFE\uFFFF!')).toBe('ok\t\n\r😀!');
  });

  it('gives each record a stable, schema-shaped GUID that differs by kind', () => {
    const guid = qdaGuid('code', 'x');
    expect(guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(qdaGuid('code', 'x')).toBe(guid);
    expect(qdaGuid('source', 'x')).not.toBe(guid);
  });
});

describe('buildProjectXml', () => {
  it('writes a project that is valid against Project.xsd', () => {
    validate(buildProjectXml(project()), projectXsd, 'project.qde');
  });

  it('nests sub-codes, keeps only schema-shaped colours and references code memos', () => {
    const xml = buildProjectXml(project());
    const peer = qdaGuid('code', 'c-peer');
    expect(xpath(xml, `string(//*[local-name()='Code'][@guid='${peer}']/../@name)`)).toBe('Connectedness');
    expect(xpath(xml, `string(//*[local-name()='Code'][@guid='${peer}']/@color)`)).toBe('#abc');
    expect(xml).not.toContain('color="blue"');
    const hope = qdaGuid('code', 'c-hope');
    expect(xpath(xml, `string(//*[local-name()='Code'][@guid='${hope}']/@name)`)).toBe('Hope & optimism');
    expect(
      xpath(xml, `string(//*[local-name()='Code'][@guid='${hope}']/*[local-name()='NoteRef']/@targetGUID)`),
    ).toBe(qdaGuid('note', 'n-code'));
    expect(
      xpath(xml, `string(//*[local-name()='Code'][@guid='${hope}']/*[local-name()='Description'])`),
    ).toBe('About the future <and> "belief"');
  });

  it('counts positions in code points, so text after an emoji moves by one, not two', () => {
    const xml = buildProjectXml(project());
    const selection = (id: string, attribute: string) =>
      Number(
        xpath(
          xml,
          `string(//*[local-name()='PlainTextSelection'][@guid='${qdaGuid('selection', id)}']/@${attribute})`,
        ),
      );
    const codePoints = [...story1];
    // In code points "Then peers" starts one place earlier than in UTF-16 units, because of the emoji.
    const hopeStart = [...story1.slice(0, story1.indexOf('Then peers'))].length;
    expect(hopeStart).toBe(story1.indexOf('Then peers') - 1);
    expect(selection('sel-1', 'startPosition')).toBe(hopeStart);
    expect(selection('sel-1', 'endPosition')).toBe(codePoints.length);
    expect(
      codePoints.slice(selection('sel-1', 'startPosition'), selection('sel-1', 'endPosition')).join(''),
    ).toBe("Then peers helped: 'hope'.");
    // "it 😀" is 5 UTF-16 units (the emoji takes 2) but 4 code points.
    expect(
      codePoints.slice(selection('sel-3', 'startPosition'), selection('sel-3', 'endPosition')).join(''),
    ).toBe('it 😀');
  });

  it('puts codings, coders and memo references where the schema allows them', () => {
    const xml = buildProjectXml(project());
    const sel2 = `//*[local-name()='PlainTextSelection'][@guid='${qdaGuid('selection', 'sel-2')}']`;
    expect(xpath(xml, `string(${sel2}/*[local-name()='Coding']/*[local-name()='CodeRef']/@targetGUID)`)).toBe(
      qdaGuid('code', 'c-hope'),
    );
    expect(xpath(xml, `string(${sel2}/*[local-name()='Coding']/@creatingUser)`)).toBe(
      qdaGuid('user', 'u-bob'),
    );
    expect(xpath(xml, `string(${sel2}/*[local-name()='NoteRef']/@targetGUID)`)).toBe(
      qdaGuid('note', 'n-selection'),
    );
    const s1 = `//*[local-name()='TextSource'][@guid='${qdaGuid('source', 's1')}']`;
    expect(xpath(xml, `string(${s1}/@plainTextPath)`)).toBe(`internal://${qdaGuid('source', 's1')}.txt`);
    expect(xpath(xml, `string(${s1}/*[local-name()='NoteRef']/@targetGUID)`)).toBe(
      qdaGuid('note', 'n-source'),
    );
    expect(xpath(xml, `count(${s1}/*[local-name()='PlainTextSelection'])`)).toBe('3');
    expect(xpath(xml, `string(/*[local-name()='Project']/*[local-name()='NoteRef']/@targetGUID)`)).toBe(
      qdaGuid('note', 'n-project'),
    );
    expect(xpath(xml, `string(/*[local-name()='Project']/@name)`)).toBe('Riverside stories <2024> & "more"');
    expect(xpath(xml, `string(//*[local-name()='User'][@guid='${qdaGuid('user', 'u-bob')}']/@name)`)).toBe(
      'Bob "B" O\'Neil',
    );
  });

  it('keeps memo text, with its newline and markup characters, and drops illegal characters', () => {
    const xml = buildProjectXml(project());
    const note = (id: string) =>
      xpath(
        xml,
        `string(//*[local-name()='Note'][@guid='${qdaGuid('note', id)}']/*[local-name()='PlainTextContent'])`,
      );
    expect(note('n-source')).toBe('Told at the café; check consent <again> & "quotes".\nSecond line.');
    expect(note('n-selection')).toBe('Bob only coded the first words  (a bell character is dropped).');
    expect(xml).not.toContain('\u0007');
  });

  it('stays valid with a minimal project and with unknown-user references left out', () => {
    const minimal: QdaProject = {
      name: 'Empty',
      origin: 'Cairn',
      createdAt: at('2024-01-01T00:00:00Z'),
      users: [],
      codes: [],
      sources: [{ id: 's', name: 'Only', text: 'Text\r\nwith CRLF', createdBy: 'nobody' }],
      selections: [],
      notes: [],
    };
    const xml = buildProjectXml(minimal);
    expect(xml).not.toContain('creatingUser');
    validate(xml, projectXsd, 'minimal.qde');
  });

  it('refuses selections and notes that point outside the export', () => {
    const p = project();
    const firstSelection = (change: Partial<QdaSelection>) =>
      p.selections.map((s, i) => (i === 0 ? { ...s, ...change } : s));
    expect(() => buildProjectXml({ ...p, selections: firstSelection({ codeId: 'gone' }) })).toThrow(
      /code not in the export/,
    );
    expect(() => buildProjectXml({ ...p, selections: firstSelection({ end: 999 }) })).toThrow(/not a range/);
    expect(() => buildProjectXml({ ...p, selections: firstSelection({ sourceId: 'gone' }) })).toThrow(
      /source that is not in the export/,
    );
    expect(() =>
      buildProjectXml({
        ...p,
        notes: [{ ...(p.notes[0] ?? never()), target: { kind: 'selection', id: 'gone' } }],
      }),
    ).toThrow(/not in the export/);
  });
});

describe('buildCodebookXml', () => {
  it('writes a codebook that is valid against Codebook.xsd, with the hierarchy', () => {
    const xml = buildCodebookXml(project().codes);
    validate(xml, codebookXsd, 'codebook.qdc');
    expect(xml).toContain('xmlns="urn:QDA-XML:codebook:1.0"');
    const peer = qdaGuid('code', 'c-peer');
    expect(xpath(xml, `string(//*[local-name()='Code'][@guid='${peer}']/../@name)`)).toBe('Connectedness');
    expect(xpath(xml, "count(//*[local-name()='Code'])")).toBe('6');
    expect(
      xpath(xml, "count(/*[local-name()='CodeBook']/*[local-name()='Codes']/*[local-name()='Code'])"),
    ).toBe('5');
  });

  it('keeps every code even when parents form a cycle', () => {
    const xml = buildCodebookXml([
      { id: 'a', name: 'A', parentId: 'b', isCodable: true },
      { id: 'b', name: 'B', parentId: 'a', isCodable: true },
    ]);
    validate(xml, codebookXsd, 'cycle.qdc');
    expect(xpath(xml, "count(//*[local-name()='Code'])")).toBe('2');
  });

  it('refuses an empty codebook, which the schema cannot express', () => {
    expect(() => buildCodebookXml([])).toThrow(RangeError);
  });
});

describe('buildQdpx', () => {
  it('zips a valid project.qde with every source as exact UTF-8 text', () => {
    const p = project();
    const files = unzipSync(buildQdpx(p));
    expect(Object.keys(files).sort()).toEqual(
      ['project.qde', ...p.sources.map((s) => `sources/${sourceFileName(s)}`)].sort(),
    );
    for (const source of p.sources) {
      expect(strFromU8(files[`sources/${sourceFileName(source)}`] ?? new Uint8Array())).toBe(source.text);
    }
    const qde = strFromU8(files['project.qde'] ?? new Uint8Array());
    validate(qde, projectXsd, 'from-zip.qde');
    // Each plainTextPath names a file that is in the archive.
    for (const match of qde.matchAll(/plainTextPath="internal:\/\/([^"]+)"/g)) {
      expect(files[`sources/${match[1] ?? ''}`]).toBeDefined();
    }
  });
});

function never(): never {
  throw new Error('fixture is missing an item');
}

it('finds the schemas', () => {
  expect(existsSync(projectXsd)).toBe(true);
  expect(existsSync(codebookXsd)).toBe(true);
});
