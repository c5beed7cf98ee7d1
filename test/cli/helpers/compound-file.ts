/**
 * A minimal OLE compound file (MS-CFB, version 3, 512-byte sectors) holding named streams: the
 * container Office wraps a password-protected .xlsx in (streams EncryptionInfo and
 * EncryptedPackage). LibreOffice cannot write an encrypted .xlsx from a script here, so the test
 * builds the container itself; streams are padded to the 4096-byte mini-stream cutoff so that
 * only regular sectors are needed.
 */
const SECTOR = 512;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const FREE = 0xffffffff;
const NO_STREAM = 0xffffffff;

export function compoundFile(streams: readonly { name: string; data: Uint8Array }[]): Buffer {
  // Siblings form a binary tree ordered by name length, then by upper-cased name; a chain of right
  // siblings in that order is a valid (if unbalanced) one.
  const ordered = [...streams].sort(
    (a, b) => a.name.length - b.name.length || (a.name.toUpperCase() < b.name.toUpperCase() ? -1 : 1),
  );
  const padded = ordered.map((s) => {
    const size = Math.max(4096, Math.ceil(s.data.length / SECTOR) * SECTOR);
    const data = Buffer.alloc(size);
    Buffer.from(s.data).copy(data);
    return { name: s.name, data, size: Math.max(4096, s.data.length) };
  });
  const directorySectors = Math.ceil((padded.length + 1) / 4);
  const streamSectors = padded.reduce((n, s) => n + s.data.length / SECTOR, 0);
  const fatSectors = Math.ceil((1 + directorySectors + streamSectors + 1) / (SECTOR / 4));
  if (fatSectors > 109) throw new Error("too large for a header-only FAT");

  const fat = new Array<number>(fatSectors * (SECTOR / 4)).fill(FREE);
  let next = 0;
  for (let i = 0; i < fatSectors; i++) fat[next++] = FAT_SECTOR;
  const chain = (count: number): number => {
    const start = next;
    for (let i = 0; i < count; i++, next++) fat[next] = i === count - 1 ? END_OF_CHAIN : next + 1;
    return start;
  };
  const directoryStart = chain(directorySectors);
  const starts = padded.map((s) => chain(s.data.length / SECTOR));

  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24);
  header.writeUInt16LE(0x0003, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(fatSectors, 44);
  header.writeUInt32LE(directoryStart, 48);
  header.writeUInt32LE(4096, 56);
  header.writeUInt32LE(END_OF_CHAIN, 60);
  header.writeUInt32LE(END_OF_CHAIN, 68);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i < fatSectors ? i : FREE, 76 + i * 4);

  const fatBytes = Buffer.alloc(fatSectors * SECTOR);
  fat.forEach((entry, i) => fatBytes.writeUInt32LE(entry >>> 0, i * 4));

  // Directory: the root's child is the first stream; the others hang off it as right siblings.
  const directory = Buffer.alloc(directorySectors * SECTOR);
  const entry = (
    index: number,
    name: string,
    type: number,
    child: number,
    right: number,
    start: number,
    size: number,
  ): void => {
    const at = index * 128;
    const encoded = Buffer.from(`${name}\u0000`, "utf16le");
    encoded.copy(directory, at);
    directory.writeUInt16LE(encoded.length, at + 64);
    directory.writeUInt8(type, at + 66);
    directory.writeUInt8(1, at + 67);
    directory.writeUInt32LE(NO_STREAM, at + 68);
    directory.writeUInt32LE(right, at + 72);
    directory.writeUInt32LE(child, at + 76);
    directory.writeUInt32LE(start >>> 0, at + 116);
    directory.writeUInt32LE(size, at + 120);
  };
  entry(0, "Root Entry", 5, padded.length > 0 ? 1 : NO_STREAM, NO_STREAM, END_OF_CHAIN, 0);
  padded.forEach((s, i) =>
    entry(i + 1, s.name, 2, NO_STREAM, i + 2 <= padded.length ? i + 2 : NO_STREAM, starts[i], s.size),
  );
  for (let i = padded.length + 1; i < directorySectors * 4; i++) {
    const at = i * 128;
    directory.writeUInt32LE(NO_STREAM, at + 68);
    directory.writeUInt32LE(NO_STREAM, at + 72);
    directory.writeUInt32LE(NO_STREAM, at + 76);
  }

  return Buffer.concat([header, fatBytes, directory, ...padded.map((s) => s.data)]);
}

/** An encrypted .xlsx as Office writes it (agile encryption): the OLE container with its two streams. */
export function encryptedWorkbookBytes(): Buffer {
  const info = Buffer.concat([
    Buffer.from([0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00]),
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption">' +
        '<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"/></encryption>',
      "utf8",
    ),
  ]);
  const pkg = Buffer.alloc(8192);
  for (let i = 0; i < pkg.length; i++) pkg[i] = (i * 151 + 7) & 0xff; // stands in for ciphertext
  return compoundFile([
    { name: "EncryptionInfo", data: info },
    { name: "EncryptedPackage", data: pkg },
  ]);
}
