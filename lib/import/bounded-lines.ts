import { Transform } from "node:stream";

/**
 * A stream of text that passes it on as it comes and fails (`tooLong`) as soon as one line runs past
 * `maxChars`. A CSV parser builds a whole record before it hands it on, so one line of millions of
 * empty cells (a hostile header of commas) would become one list of millions of items, allocated at
 * once: a worker that runs out of memory that way can take the whole process down with it, where a
 * heap that fills gradually only ends the worker.
 */
export function boundedLines(maxChars: number, tooLong: () => Error): Transform {
  let lineLength = 0;
  return new Transform({
    decodeStrings: false,
    transform(chunk: string | Buffer, _encoding, done) {
      const text = String(chunk);
      let start = 0;
      for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", start)) {
        if (lineLength + at - start > maxChars) return done(tooLong());
        lineLength = 0;
        start = at + 1;
      }
      lineLength += text.length - start;
      if (lineLength > maxChars) return done(tooLong());
      done(null, text);
    },
  });
}
