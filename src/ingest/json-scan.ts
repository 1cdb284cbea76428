import { readSync } from 'node:fs';

/** A JSON syntax error found by the scanner, at a byte offset of the file. */
export class JsonScanError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/** The file does not start with an object: it is JSON of another kind, or not JSON. */
export class NotAnObject extends JsonScanError {
  constructor(offset: number) {
    super(offset, 'not an object');
  }
}

/** A piece of a top-level JSON object: a member (its value as text), or the start, an element or the end of its array member `arrayKey`. */
export type JsonPiece =
  | { readonly kind: 'member'; readonly key: string; readonly value: string; readonly offset: number }
  | { readonly kind: 'array-start'; readonly offset: number }
  | { readonly kind: 'element'; readonly text: string; readonly offset: number }
  | { readonly kind: 'array-end' };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * A window on a file's bytes, read on demand from `from`: only the bytes from the piece being
 * scanned on are held, so that a file of any size is scanned in little memory.
 */
export class ByteWindow {
  private buffer: Buffer;
  private base: number;
  private length = 0;
  private done = false;

  /** `size`: the bytes read at a time (the window grows to hold a longer piece). */
  constructor(
    private readonly fd: number,
    from = 0,
    size = 1 << 20,
  ) {
    this.base = from;
    this.buffer = Buffer.allocUnsafe(size);
  }

  /** Whether the byte at `at` exists, reading on as needed and keeping the bytes from `keep`. */
  has(at: number, keep: number): boolean {
    while (at >= this.base + this.length) {
      if (this.done) return false;
      const drop = keep - this.base;
      if (drop > 0) {
        this.buffer.copy(this.buffer, 0, drop, this.length);
        this.base += drop;
        this.length -= drop;
      }
      if (this.length === this.buffer.length) {
        const larger = Buffer.allocUnsafe(this.buffer.length * 2);
        this.buffer.copy(larger, 0, 0, this.length);
        this.buffer = larger;
      }
      const read = readSync(this.fd, this.buffer, this.length, this.buffer.length - this.length, this.base + this.length);
      if (read === 0) this.done = true;
      this.length += read;
    }
    return true;
  }

  /** The byte at `at` (loaded). */
  byte(at: number): number {
    return this.buffer[at - this.base]!;
  }

  /** The bytes from `start` to `end` (loaded) as UTF-8 text. */
  text(start: number, end: number): string {
    return this.buffer.toString('utf8', start - this.base, end - this.base);
  }

  /** Where the next quote at or after `at` is, reading on as needed; -1 when the file ends first. */
  findQuote(at: number, keep: number): number {
    for (;;) {
      if (!this.has(at, keep)) return -1;
      const found = this.buffer.indexOf(QUOTE, at - this.base);
      if (found >= 0 && found < this.length) return found + this.base;
      at = this.base + this.length;
    }
  }

  /** The offset after the last byte of the file, once it has been reached. */
  get end(): number {
    return this.base + this.length;
  }
}

/**
 * Scan a JSON object at the top of a file: its members, each value as text, and the elements of
 * the array member `arrayKey` one at a time.
 * Only the structure is checked here (quotes, brackets, commas): each value is parsed by JSON.parse.
 */
export function* scanObject(window: ByteWindow, arrayKey: string): Generator<JsonPiece> {
  const scanner = new Scanner(window);
  let at = scanner.space(0, 0);
  if (!scanner.is(at, 0x7b)) throw new NotAnObject(at);
  at = scanner.space(at + 1, at);
  if (scanner.is(at, 0x7d)) return void scanner.end(at + 1);
  for (;;) {
    scanner.expect(at, QUOTE, 'a member name');
    const keyEnd = scanner.string(at);
    const keyText = window.text(at, keyEnd);
    at = scanner.space(keyEnd, keyEnd);
    scanner.expect(at, 0x3a, "':'");
    at = scanner.space(at + 1, at);
    const key = parseKey(keyText, at);
    if (key === arrayKey && scanner.is(at, 0x5b)) {
      yield { kind: 'array-start', offset: at };
      at = yield* scanner.elements(at);
      yield { kind: 'array-end' };
    } else {
      const end = scanner.value(at);
      yield { kind: 'member', key, value: window.text(at, end), offset: at };
      at = end;
    }
    at = scanner.space(at, at);
    if (scanner.is(at, 0x7d)) return void scanner.end(at + 1);
    scanner.expect(at, 0x2c, "',' or '}'");
    at = scanner.space(at + 1, at);
  }
}

/** The elements of the array that starts at `from` (its '['), as text, one at a time. */
export function* scanArray(window: ByteWindow, from: number): Generator<JsonPiece> {
  const scanner = new Scanner(window);
  yield* scanner.elements(from);
}

function parseKey(text: string, at: number): string {
  try {
    return JSON.parse(text) as string;
  } catch {
    throw new JsonScanError(at, 'a member name that is not a valid string');
  }
}

/** The structure of JSON text, byte by byte: white space, strings, and the extent of values. */
class Scanner {
  constructor(private readonly window: ByteWindow) {}

  /** The first byte from `at` that is not white space. */
  space(at: number, keep: number): number {
    for (; this.window.has(at, keep); at++) {
      const byte = this.window.byte(at);
      if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09) return at;
    }
    return at;
  }

  is(at: number, byte: number): boolean {
    return this.window.has(at, at) && this.window.byte(at) === byte;
  }

  expect(at: number, byte: number, what: string): void {
    if (!this.is(at, byte)) throw new JsonScanError(at, this.window.has(at, at) ? `expected ${what}` : 'the text ends too early');
  }

  /** After the top-level value: only white space. */
  end(at: number): void {
    const rest = this.space(at, at);
    if (this.window.has(rest, rest)) throw new JsonScanError(rest, 'text after the end');
  }

  /** The elements of the array at `at` (its '['); returns the offset after its ']'. */
  *elements(at: number): Generator<JsonPiece, number> {
    at = this.space(at + 1, at);
    if (this.is(at, 0x5d)) return at + 1;
    for (;;) {
      const end = this.value(at);
      yield { kind: 'element', text: this.window.text(at, end), offset: at };
      at = this.space(end, end);
      if (this.is(at, 0x5d)) return at + 1;
      this.expect(at, 0x2c, "',' or ']'");
      at = this.space(at + 1, at);
    }
  }

  /** The end of the value that starts at `start`: a string, an object or array (to its closing bracket), or a scalar. */
  value(start: number): number {
    if (!this.window.has(start, start)) throw new JsonScanError(start, 'the text ends too early');
    const first = this.window.byte(start);
    if (first === QUOTE) return this.string(start);
    if (first !== 0x7b && first !== 0x5b) {
      let at = start;
      while (this.window.has(at, start) && !isDelimiter(this.window.byte(at))) at++;
      if (at === start) throw new JsonScanError(start, 'expected a value');
      return at;
    }
    let depth = 0;
    for (let at = start; ; at++) {
      if (!this.window.has(at, start)) throw new JsonScanError(at, 'the text ends too early');
      const byte = this.window.byte(at);
      if (byte === QUOTE) at = this.string(at, start) - 1;
      else if (byte === 0x7b || byte === 0x5b) depth++;
      else if ((byte === 0x7d || byte === 0x5d) && --depth === 0) return at + 1;
    }
  }

  /** The end of the string whose opening quote is at `start` (after its closing quote). */
  string(start: number, keep = start): number {
    let at = start + 1;
    for (;;) {
      const quote = this.window.findQuote(at, keep);
      if (quote < 0) throw new JsonScanError(this.window.end, 'a string that does not end');
      // An escaped quote has an odd number of backslashes before it (the opening quote stops the count).
      let backslashes = 0;
      while (this.window.byte(quote - 1 - backslashes) === BACKSLASH) backslashes++;
      if (backslashes % 2 === 0) return quote + 1;
      at = quote + 1;
    }
  }
}

/** Bytes that end a number or a literal (true, false, null). */
function isDelimiter(byte: number): boolean {
  return byte === 0x2c || byte === 0x7d || byte === 0x5d || byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}
