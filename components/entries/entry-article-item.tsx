import { Link } from "@/i18n/navigation";
import type { EntryArticleRef } from "@/lib/data/articles/entry-article-ref";

/** One article about an entry in a list of them: its title, publisher and date. */
export function EntryArticleItem({ article }: { article: EntryArticleRef }) {
  return (
    <li>
      <Link href={`/articles/${article.slug}`}>{article.title}</Link>
      {article.publisher ? <span className="meta"> · {article.publisher}</span> : null}
      {article.dateLabel ? <span className="meta"> · {article.dateLabel}</span> : null}
    </li>
  );
}
