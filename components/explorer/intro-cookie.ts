/** The cookie that remembers a visitor has read the introduction; the home page reads it to leave it out. */
export const INTRO_READ_COOKIE = "memorial-intro-read";
const A_YEAR = 365 * 24 * 60 * 60;

/** In the browser: the introduction stays folded away on this visitor's next visits. */
export function rememberIntroRead(): void {
  // biome-ignore lint/suspicious/noDocumentCookie: one first-party flag, read by the server on the next visit
  document.cookie = `${INTRO_READ_COOKIE}=1; max-age=${A_YEAR}; path=/; samesite=lax`;
}
