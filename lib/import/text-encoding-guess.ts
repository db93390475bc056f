/**
 * Whether bytes that are not UTF-8 look like Russian text saved by Windows (Windows-1251): no zero
 * bytes, and most bytes past ASCII are Cyrillic letters (0xC0–0xFF, ё and Ё), not the punctuation and
 * symbols of 0x80–0xBF that another single-byte encoding's letters would mostly fall on.
 */
export function looksLikeWindows1251(bytes: Uint8Array): boolean {
  let high = 0;
  let letters = 0;
  for (const byte of bytes) {
    if (byte === 0) return false;
    if (byte < 0x80) continue;
    high++;
    if (byte >= 0xc0 || byte === 0xa8 || byte === 0xb8) letters++;
  }
  return letters >= 2 && letters >= high * 0.7;
}

/** Whether bytes are UTF-8 text past ASCII (a sequence cut at the end counts as UTF-8): what a Windows-1251 reading would garble. */
export function looksLikeUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((byte) => byte >= 0x80)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}
