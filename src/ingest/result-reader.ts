import { readFileSync, readSync } from 'node:fs';
import { UserError } from '../model/diagnostic.js';
import type { ResultDocument, ResultShell } from '../model/result.js';
import { checkResultFormat, checkResultShell, DocumentChecker, isResultHead, throwProblems, type ResultProblems } from './check-result.js';
import { ByteWindow, JsonScanError, NotAnObject, scanArray, scanObject, type JsonPiece } from './json-scan.js';

/** What reading a result does with it as it comes: its head once checked, then each document once checked. */
export interface ResultVisitor {
  /** The members before the documents (format, tool, settings, codebooks…), before the first document. */
  head(head: Omit<ResultShell, 'totals' | 'diagnostics'>): void;
  document(document: ResultDocument): void;
}

/**
 * Reads an open result.json: the members other than `documents` are parsed and kept; each
 * document is parsed on its own, checked and handed to the visitor, then dropped. Documents are
 * checked as they come once the members before them make a valid head (as `code` writes the file);
 * when they come first (a file whose keys were sorted), they are checked against the schema, and
 * read a second time after the rest for the checks that need the codebooks.
 */
export class ResultReader {
  private readonly problems: ResultProblems = { schema: [], consistency: [] };
  private readonly shell: Record<string, unknown> = {};
  private checker: DocumentChecker | null = null;
  private documentsAt: number | null = null;
  private index = 0;

  constructor(
    private readonly fd: number,
    private readonly shown: string,
    private readonly visitor: ResultVisitor,
  ) {}

  /** Read the file; a user error for anything wrong with it. */
  read(): ResultShell {
    this.syntax(() => {
      for (const piece of scanObject(new ByteWindow(this.fd), 'documents')) this.take(piece);
    });
    checkResultFormat(this.shell, this.shown);
    checkResultShell(this.shell, this.problems);
    const at = this.documentsAt;
    if (at !== null && this.checker === null && this.problems.schema.length === 0) {
      // The documents came before the members they are checked against: read them again now.
      this.ready();
      this.index = 0;
      this.syntax(() => {
        for (const piece of scanArray(new ByteWindow(this.fd, at), at)) this.take(piece);
      });
    }
    throwProblems(this.problems, this.shown);
    return this.shell as unknown as ResultShell;
  }

  private take(piece: JsonPiece): void {
    if (piece.kind === 'member') this.define(piece.key, this.parse(piece.value, piece.offset));
    else if (piece.kind === 'array-start') {
      this.define('documents', []);
      this.documentsAt = piece.offset;
      if (this.isHead()) this.ready();
    } else if (piece.kind === 'element') {
      const value = this.parse(piece.text, piece.offset);
      const index = this.index++;
      if (this.checker === null) DocumentChecker.fitsSchema(value, index, this.problems);
      else {
        const document = this.checker.check(value, index, this.problems);
        if (document && this.problems.schema.length + this.problems.consistency.length === 0) this.visitor.document(document);
      }
    }
  }

  /** A member as JSON.parse makes it (an own property, `__proto__` too); a second one is a problem. */
  private define(key: string, value: unknown): void {
    if (Object.hasOwn(this.shell, key)) this.problems.schema.push(`the result has "${key}" twice`);
    Object.defineProperty(this.shell, key, { value, enumerable: true, writable: true, configurable: true });
  }

  /** Whether the members so far are a result of this format with a valid head. */
  private isHead(): boolean {
    try {
      checkResultFormat(this.shell, this.shown);
    } catch {
      return false;
    }
    return isResultHead(this.shell);
  }

  private ready(): void {
    const head = this.shell as unknown as ResultShell;
    this.checker = new DocumentChecker(head.codebooks);
    this.visitor.head(head);
  }

  private parse(text: string, offset: number): unknown {
    try {
      return JSON.parse(text);
    } catch (error) {
      const position = /position (\d+)/.exec(error instanceof Error ? error.message : '');
      throw this.syntaxError(position ? offset + Buffer.byteLength(text.slice(0, Number(position[1]))) : null);
    }
  }

  /** Run a scan; its syntax errors become user errors with their place. */
  private syntax(scan: () => void): void {
    try {
      scan();
    } catch (error) {
      if (error instanceof NotAnObject) this.notAnObject();
      if (error instanceof JsonScanError) throw this.syntaxError(error.offset);
      throw error;
    }
  }

  /** A file that is not a JSON object: JSON of another kind is not a result, anything else a syntax error. */
  private notAnObject(): never {
    const text = readFileSync(this.fd, 'utf8');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const position = /position (\d+)/.exec(error instanceof Error ? error.message : '');
      throw this.syntaxError(position ? Buffer.byteLength(text.slice(0, Number(position[1]))) : null);
    }
    checkResultFormat(value, this.shown);
    throw new UserError(`${this.shown}: not a rodedraad result`);
  }

  /** The user error for a syntax error at byte `offset` (null: unknown), with its line and column (counted in UTF-16, as editors do). */
  private syntaxError(offset: number | null): UserError {
    const message = 'not valid JSON; was it cut short? Run rodedraad code again';
    if (offset === null) return new UserError(`${this.shown}: ${message}`);
    let line = 1;
    let lineStart = 0;
    const chunk = Buffer.allocUnsafe(1 << 16);
    for (let at = 0; at < offset; ) {
      const read = readSync(this.fd, chunk, 0, Math.min(chunk.length, offset - at), at);
      if (read === 0) break;
      for (let index = 0; index < read; index++) {
        if (chunk[index] === 0x0a) {
          line++;
          lineStart = at + index + 1;
        }
      }
      at += read;
    }
    const last = Buffer.alloc(Math.max(0, offset - lineStart));
    const read = readSync(this.fd, last, 0, last.length, lineStart);
    return new UserError(`${this.shown}:${line}:${last.toString('utf8', 0, read).length + 1}: ${message}`);
  }
}
