// Streams a readable source line by line, without buffering the whole input.
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export function lines(source: Readable): AsyncIterable<string> {
  return createInterface({ input: source, crlfDelay: Infinity });
}
