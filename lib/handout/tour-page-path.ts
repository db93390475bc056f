/**
 * A tour's page on this site, for links, QR codes and handouts: with the share token when the tour is
 * read through its link (a draft shared by link), without it once it is published for everyone.
 */
export function tourPagePath(locale: string, slug: string, token: string | undefined): string {
  return `/${locale}/tours/${slug}${token ? `?${new URLSearchParams({ t: token })}` : ""}`;
}
