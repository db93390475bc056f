/** Text as an HTML attribute value (double-quoted). */
function attribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The iframe a museum's or a school's page pastes to show an embed page of this site. */
export function embedSnippet({ url, title }: { url: string; title: string }): string {
  return `<iframe src="${attribute(url)}" title="${attribute(title)}" width="800" height="600" style="border:1px solid #d7d3ca;max-width:100%" loading="lazy"></iframe>`;
}
