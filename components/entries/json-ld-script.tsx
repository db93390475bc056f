/** Structured data for search engines; `<` is escaped so entry text cannot close the script element. */
export function JsonLdScript({ data }: { data: unknown }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON with every "<" escaped cannot close the script element
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }} />;
}
