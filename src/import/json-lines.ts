import type { RecordSink } from './import-row-collector.ts';

/*
 * JSON lines: one JSON object per line, lines separated by LF or CRLF. Blank lines are skipped. The last line
 * needs its line end too: without one, the file may have been cut short (see RecordSink.addUnfinishedLastLine).
 */

function describeJsonValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return `a ${typeof value}`;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPENERS = new Set([0x7b, 0x5b]); // { [
const CLOSERS = new Set([0x7d, 0x5d]); // } ]

/** Whether `text` ends inside a string, or before a brace or bracket it opens is closed. */
function endsInsideJsonValue(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === BACKSLASH) index++;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) {
      inString = true;
    } else if (OPENERS.has(code)) {
      depth++;
    } else if (CLOSERS.has(code)) {
      depth--;
    }
  }
  return inString || depth > 0;
}

function readJsonLine(text: string, line: number, sink: RecordSink): void {
  if (text.trim() === '') return;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const hint = endsInsideJsonValue(text) ? '; the line ends before its object is closed: is it cut short?' : '';
    sink.addError(line, `not valid JSON: ${(error as Error).message}${hint}`);
    return;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    sink.addError(line, `expected a JSON object, found ${describeJsonValue(value)}`);
    return;
  }
  sink.addJsonObject(value as Record<string, unknown>, line);
}

/** A JSON-lines reader fed text in pieces; a line reaches `sink` once its LF, or the end, has arrived. */
export interface JsonLinesReader {
  write(text: string): void;
  end(): void;
}

export function createJsonLinesReader(sink: RecordSink): JsonLinesReader {
  let partial = '';
  let line = 0;
  return {
    write(text) {
      // Only the new text is searched, so that a very long line costs linear time over many pieces.
      let newline = text.indexOf('\n');
      if (newline === -1) {
        partial += text;
        return;
      }
      readJsonLine(partial + text.slice(0, newline), ++line, sink);
      let start = newline + 1;
      for (newline = text.indexOf('\n', start); newline !== -1; newline = text.indexOf('\n', start)) {
        readJsonLine(text.slice(start, newline), ++line, sink);
        start = newline + 1;
      }
      partial = text.slice(start);
    },
    end() {
      readJsonLine(partial, ++line, sink);
      if (partial.trim() !== '') sink.addUnfinishedLastLine(line);
      partial = '';
    },
  };
}

/** Reads whole JSON-lines text (without BOM) into `sink`. */
export function readJsonLines(content: string, sink: RecordSink): void {
  const reader = createJsonLinesReader(sink);
  reader.write(content);
  reader.end();
}

/** The same, fed bytes: decodes characters split between chunks, and drops a UTF-8 BOM. */
export function createJsonLinesChunkReader(sink: RecordSink): { write(chunk: Uint8Array): void; end(): void } {
  const decoder = new TextDecoder('utf-8');
  const reader = createJsonLinesReader(sink);
  return {
    write(chunk) {
      reader.write(decoder.decode(chunk, { stream: true }));
    },
    end() {
      reader.write(decoder.decode());
      reader.end();
    },
  };
}
