// The part of gettext-parser (which ships no types) that the message catalogue scripts use.
declare module 'gettext-parser' {
  export interface PoEntry {
    msgctxt?: string;
    msgid: string;
    msgstr: string[];
    comments?: {
      translator?: string;
      extracted?: string;
      reference?: string;
      flag?: string;
      previous?: string;
    };
  }
  export interface PoFile {
    charset: string;
    headers: Record<string, string>;
    translations: Record<string, Record<string, PoEntry>>;
  }
  export const po: {
    parse(input: Buffer | string, options?: { defaultCharset?: string; validation?: boolean }): PoFile;
    compile(data: PoFile, options?: { foldLength?: number; sort?: boolean }): Buffer;
  };
}
