/**
 * Work-around for hyparquet-writer 0.17.0: a file with no rows has no row groups, and the writer
 * encodes the empty `row_groups` list of the footer with element type 0, which is not a Thrift
 * compact type. Readers that check the type (arrow-rs, and so Polars and DataFusion) refuse the
 * file. This walks the footer's top-level FileMetaData fields and, if field 4 (row_groups) is an
 * empty list with type 0, rewrites that one byte to an empty list of STRUCT (12). Same length,
 * so the footer length stays valid. Reported upstream (see the closing note of the change).
 */

const STRUCT = 12;

class Reader {
  constructor(
    readonly b: Uint8Array,
    public i: number,
  ) {}
  byte(): number {
    if (this.i >= this.b.length) throw new Error('parquet footer: unexpected end');
    return this.b[this.i++];
  }
  varint(): number {
    let shift = 0;
    let out = 0;
    for (;;) {
      const x = this.byte();
      out += (x & 0x7f) * 2 ** shift;
      if (x < 0x80) return out;
      shift += 7;
    }
  }
  skip(type: number): void {
    switch (type) {
      case 1:
      case 2:
        return; // booleans inside a struct carry their value in the header
      case 3:
        this.i += 1;
        return;
      case 4:
      case 5:
      case 6:
        this.varint();
        return;
      case 7:
        this.i += 8;
        return;
      case 8: {
        const len = this.varint(); // read first: `this.i += this.varint()` would add to the old index
        this.i += len;
        return;
      }
      case 9:
      case 10: {
        const h = this.byte();
        const size = h >> 4 === 15 ? this.varint() : h >> 4;
        const et = h & 0x0f;
        for (let k = 0; k < size; k++) et === 1 || et === 2 ? (this.i += 1) : this.skip(et);
        return;
      }
      case 11: {
        const size = this.varint();
        if (size === 0) return;
        const kv = this.byte();
        for (let k = 0; k < size; k++) {
          this.skip(kv >> 4);
          this.skip(kv & 0x0f);
        }
        return;
      }
      case 12:
        this.struct(() => {});
        return;
      default:
        throw new Error(`parquet footer: unknown thrift type ${type}`);
    }
  }
  /** Walk a struct; `visit(fieldId, type, at)` sees each field header before its value is skipped. */
  struct(visit: (id: number, type: number, valueAt: number) => void): void {
    let last = 0;
    for (;;) {
      const h = this.byte();
      if (h === 0) return;
      const type = h & 0x0f;
      const delta = h >> 4;
      let id: number;
      if (delta === 0) {
        const z = this.varint();
        id = (z >>> 1) ^ -(z & 1);
      } else id = last + delta;
      last = id;
      visit(id, type, this.i);
      this.skip(type);
    }
  }
}

/** Fix the empty row-group list of a Parquet file in place (no-op for files with rows). */
export function fixEmptyRowGroups(file: Uint8Array): Uint8Array {
  const n = file.length;
  const footerLen = new DataView(file.buffer, file.byteOffset, n).getUint32(n - 8, true);
  const start = n - 8 - footerLen;
  const r = new Reader(file, start);
  r.struct((id, type, at) => {
    if (id === 4 && type === 9 && file[at] === 0x00) file[at] = STRUCT; // size 0, element type STRUCT
  });
  return file;
}
