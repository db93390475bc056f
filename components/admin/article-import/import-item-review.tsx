"use client";

import { useTranslations } from "next-intl";
import type { ArticleAnalysis } from "@/lib/article-import/analysis-schema";
import type { ReviewItemForm } from "@/lib/article-import/review-initial-decisions";
import { AgentProposal } from "./agent-proposal";
import { EventProposal } from "./event-proposal";
import { LinkProposal } from "./link-proposal";

export interface ImportItemReviewProps {
  item: ArticleAnalysis["items"][number];
  form: ReviewItemForm;
  index: number;
  titleOf: (slug: string) => string;
  errors: Record<string, string>;
  onChange: (form: ReviewItemForm) => void;
}

/** One news item of the page: its text to read, and its proposed event, links and people to decide on. */
export function ImportItemReview({ item, form, index, titleOf, errors, onChange }: ImportItemReviewProps) {
  const t = useTranslations("articleImport.review");
  const path = `items.${index}`;
  const headingId = `item-${index}-heading`;
  const eventAccepted = form.event?.decision === "accept";
  return (
    <section aria-labelledby={headingId} className="import-item">
      <h3 id={headingId}>{t("item", { number: index + 1, title: item.title })}</h3>
      <details>
        <summary>{t("read")}</summary>
        <div className="import-item-body">{item.body}</div>
        {item.images.length ? <p>{t("images", { count: item.images.length, names: item.images.join(", ") })}</p> : null}
      </details>

      <h4>{t("event")}</h4>
      {form.event ? (
        <EventProposal
          event={form.event}
          matchedName={(item.event?.place ?? item.place)?.matchedName}
          path={`${path}.event`}
          errors={errors}
          onChange={(event) => onChange({ ...form, event })}
        />
      ) : (
        <p>{t("noEvent")}</p>
      )}

      <h4>{t("links")}</h4>
      {form.links.length ? (
        <ul className="proposal-list">
          {form.links.map((link, j) => (
            <LinkProposal
              key={link.key}
              link={link}
              path={`${path}.links.${j}`}
              titleOf={titleOf}
              orphaned={"proposedEvent" in link.from && !eventAccepted}
              errors={errors}
              onChange={(changed) => onChange({ ...form, links: form.links.map((l, k) => (k === j ? changed : l)) })}
            />
          ))}
        </ul>
      ) : (
        <p>{t("noLinks")}</p>
      )}

      <h4>{t("agents")}</h4>
      {form.agents.length ? (
        <ul className="proposal-list">
          {form.agents.map((agent, j) => (
            <AgentProposal
              key={agent.key}
              agent={agent}
              path={`${path}.agents.${j}`}
              errors={errors}
              onChange={(changed) => onChange({ ...form, agents: form.agents.map((a, k) => (k === j ? changed : a)) })}
            />
          ))}
        </ul>
      ) : (
        <p>{t("noAgents")}</p>
      )}
    </section>
  );
}
