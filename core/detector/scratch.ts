// A typed array reused from call to call: analysis is synchronous and copies
// what it keeps, so one buffer serves every text and spares the garbage
// collector on many small posts. Views of the short lengths are kept as well:
// making a subarray costs more than the rest of the work on a short post.
const KEPT_VIEW_LENGTHS = 4096;

export class Scratch<T extends Int32Array | Uint8Array> {
  private buffer: T;
  private views: (T | undefined)[] = [];

  constructor(private readonly make: (length: number) => T) {
    this.buffer = make(1024);
  }

  /** A view of `length` elements, holding whatever its last user left there. */
  view(length: number): T {
    if (length > this.buffer.length) {
      this.buffer = this.make(Math.max(length, this.buffer.length * 2));
      this.views = [];
    }
    if (length >= KEPT_VIEW_LENGTHS) return this.buffer.subarray(0, length) as T;
    return (this.views[length] ??= this.buffer.subarray(0, length) as T);
  }
}
