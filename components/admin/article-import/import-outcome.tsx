"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { ArticleImportOutcome } from "@/lib/article-import/apply-outcome";

/** What Create drafts wrote and what it found already there, each linked to its editor. */
export function ImportOutcome({ outcome, titleOf }: { outcome: ArticleImportOutcome; titleOf: (slug: string) => string }) {
  const t = useTranslations("articleImport.outcome");
  const types = useTranslations("relations");
  const nothingNew =
    !outcome.article.created &&
    outcome.entries.every((e) => !e.created) &&
    outcome.links.every((l) => !l.created) &&
    outcome.mentions.every((m) => !m.created);
  const type = (name: string) => types(`${name as "comparable_to"}.outgoing`);
  return (
    <section aria-labelledby="import-outcome-heading" className="import-outcome">
      <h2 id="import-outcome-heading">{t("heading")}</h2>
      <div role="status">
        {nothingNew ? <p>{t("nothingNew")}</p> : null}
        <p>
          <Link href={`/admin/articles/${outcome.article.slug}`}>
            {outcome.article.created
              ? t("articleCreated", { title: outcome.article.slug })
              : t("articleExisting", { title: outcome.article.slug })}
          </Link>
        </p>
        <p>{t("mentionsAdded", { count: outcome.mentions.filter((m) => m.created).length })}</p>
      </div>
      <ul>
        {outcome.entries.map((entry) => (
          <li key={`${entry.key} ${entry.slug}`}>
            <Link href={`/admin/entries/${entry.slug}`}>
              {entry.created ? t("entryCreated", { slug: entry.slug }) : t("entryExisting", { slug: entry.slug })}
            </Link>
          </li>
        ))}
        {outcome.links.map((link) => (
          <li key={link.key}>
            {t(link.created ? "linkCreated" : "linkExisting", { from: titleOf(link.from), to: titleOf(link.to), type: type(link.type) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
