/**
 * Zeroed bytes for one text's marks, as a view of one buffer kept from call to call: a typed
 * array of its own per text, with memory outside the heap, costs more than clearing it. A view
 * is valid until the next `take` (extraction is synchronous); a read past its end is
 * undefined, as with an array of its own.
 */
export class ScratchBytes {
  private buffer = new Uint8Array(0);

  take(size: number): Uint8Array {
    if (this.buffer.length < size)
      this.buffer = new Uint8Array(Math.max(size, 2 * this.buffer.length));
    else this.buffer.fill(0, 0, size);
    return this.buffer.subarray(0, size);
  }
}
