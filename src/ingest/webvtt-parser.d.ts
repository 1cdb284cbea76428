/** The parts of webvtt-parser (W3C's WebVTT parser and validator) that rodedraad uses. */
declare module 'webvtt-parser' {
  /** A node of a cue's text: text, a tag with its children (`v` with the voice as value), or a timestamp. */
  export type CueNode =
    | { readonly type: 'text'; readonly value: string }
    | {
        readonly type: 'object';
        readonly name: string;
        readonly value?: string;
        readonly classes?: readonly string[];
        readonly children: readonly CueNode[];
      }
    | { readonly type: 'timestamp'; readonly value: number };

  /** Reports a problem: message and 1-based column. */
  export type ErrorHandler = (message: string, column?: number) => void;

  /** Parses one timing line (`00:00:01.000 --> 00:00:04.000 align:start`). */
  class WebVTTCueTimingsAndSettingsParser {
    constructor(line: string, errorHandler: ErrorHandler);
    /** Sets `startTime` and `endTime` (seconds) on the cue; undefined when the timings cannot be read. */
    parse(cue: { startTime: number; endTime: number }, previousCueStart: number): true | undefined;
  }

  /** Parses a cue's text into a tree of tags and text, entities decoded. */
  class WebVTTCueTextParser {
    constructor(text: string, errorHandler: ErrorHandler, mode: 'metadata' | 'chapters' | '', entities: Readonly<Record<string, string>>);
    parse(cueStart: number, cueEnd: number): { readonly children: readonly CueNode[] };
  }

  /** The module is CommonJS: Node gives its exports as the default export only. */
  const webvtt: {
    WebVTTCueTimingsAndSettingsParser: typeof WebVTTCueTimingsAndSettingsParser;
    WebVTTCueTextParser: typeof WebVTTCueTextParser;
  };
  export default webvtt;
}
