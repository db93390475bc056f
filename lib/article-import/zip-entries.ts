import { inflateRawSync } from "node:zlib";

/** Why a file is not a zip this app will open: not a zip at all, or one that would inflate past the limits. */
export class ZipRefusal extends Error {
  constructor(
    message: string,
    readonly tooLarge = false,
  ) {
    super(message);
  }
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

export interface ZipLimits {
  maxEntries: number;
  /** All entries together, inflated. */
  maxInflatedBytes: number;
}

/** Where the central directory is, from the end-of-directory record (within the last 64 KB + 22 bytes, after any comment). */
function directoryOf(zip: Buffer): { count: number; offset: number } {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 65_557); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return { count: zip.readUInt16LE(at + 10), offset: zip.readUInt32LE(at + 16) };
  }
  throw new ZipRefusal("it is not a zip archive (no end of directory).");
}

/**
 * Checks a zip archive before anything else opens it: at most `maxEntries` entries, and what they
 * say they inflate to at most `maxInflatedBytes` together. Each entry is then inflated here with
 * that size as a hard limit, so an archive whose entries lie about their size (a zip bomb) is
 * refused too: a reader that trusts the archive (JSZip, under mammoth) would otherwise fill memory.
 */
export function checkZipEntries(bytes: Uint8Array, limits: ZipLimits): void {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (zip.length < 22) throw new ZipRefusal("it is too short to be a zip archive.");
  const { count, offset } = directoryOf(zip);
  if (count > limits.maxEntries) throw new ZipRefusal(`it holds ${count} files; a document has at most ${limits.maxEntries}.`, true);
  let inflated = 0;
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new ZipRefusal("its directory is damaged.");
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    inflated += size;
    if (inflated > limits.maxInflatedBytes) throw new ZipRefusal("it inflates to more than a document holds.", true);
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL_HEADER) throw new ZipRefusal("its directory is damaged.");
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + compressedSize);
    if (data.length !== compressedSize) throw new ZipRefusal("it is cut short.");
    if (method === STORED) {
      if (compressedSize !== size) throw new ZipRefusal("its directory is damaged.");
    } else if (method === DEFLATED) {
      try {
        // One byte over the stated size: an entry that inflates further lied about its size.
        if (inflateRawSync(data, { maxOutputLength: size + 1 }).length !== size)
          throw new ZipRefusal("an entry is not the size it says.", true);
      } catch (error) {
        if (error instanceof ZipRefusal) throw error;
        throw new ZipRefusal("an entry inflates to more than it says (or is damaged).", true);
      }
    } else throw new ZipRefusal("it uses a compression this app does not read.");
  }
}
