"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FieldError, fieldDescription } from "@/components/admin/field-error";
import { EntryCombobox } from "@/components/ui/entry-combobox";
import type { ReviewItemForm } from "@/lib/article-import/review-initial-decisions";
import { RELATION_TYPES } from "@/lib/content/relation-types";
import { ProposalDecision } from "./proposal-decision";
import { ReviewField } from "./review-field";

type LinkForm = ReviewItemForm["links"][number];

export interface LinkProposalProps {
  link: LinkForm;
  /** The form path of this link: "items.1.links.0". */
  path: string;
  /** Entries the analysis named, by slug, so the proposal reads with titles. */
  titleOf: (slug: string) => string;
  /** The link starts from the item's event and that event is not accepted: there is nothing to link from. */
  orphaned: boolean;
  errors: Record<string, string>;
  onChange: (link: LinkForm) => void;
}

/** One proposed link with the sentence that justifies it: its kind, target and note can be edited. */
export function LinkProposal({ link, path, titleOf, orphaned, errors, onChange }: LinkProposalProps) {
  const t = useTranslations("articleImport.review");
  const f = useTranslations("articleImport.fields");
  const types = useTranslations("relations");
  const [editing, setEditing] = useState(false);
  const hasError = Object.keys(errors).some((name) => name.startsWith(`${path}.`));
  const typeLabel = (type: LinkForm["relationType"]) => (type === "mentions" ? t("mentions") : types(`${type}.outgoing`));
  const from = "entrySlug" in link.from ? titleOf(link.from.entrySlug) : t("proposedEvent");
  const label = t("link", { from, type: typeLabel(link.relationType), to: titleOf(link.target) });
  const set = (change: Partial<LinkForm>) => onChange({ ...link, ...change });
  const target = `${path}.target`;
  return (
    <li className="proposal">
      <p className="proposal-title">{label}</p>
      <p className="proposal-sentence">{t("because", { sentence: link.note })}</p>
      {orphaned && link.decision === "accept" ? <p className="field-error">{t("fromRejectedEvent")}</p> : null}
      <ProposalDecision
        label={label}
        decision={link.decision}
        editing={editing}
        onDecide={(decision, edit) => {
          setEditing(edit);
          set({ decision });
        }}
      />
      {(editing || hasError) && link.decision === "accept" ? (
        <div className="proposal-fields">
          <div className="field">
            <label htmlFor={`${path}.relationType`}>{f("relationType")}</label>
            <select
              id={`${path}.relationType`}
              name={`${path}.relationType`}
              value={link.relationType}
              onChange={(e) => set({ relationType: e.target.value as LinkForm["relationType"] })}
              {...fieldDescription(`${path}.relationType`, errors)}
            >
              {[...RELATION_TYPES, "mentions" as const].map((type) => (
                <option key={type} value={type}>
                  {typeLabel(type)}
                </option>
              ))}
            </select>
            <FieldError name={`${path}.relationType`} errors={errors} />
          </div>
          <div className="field">
            <label htmlFor={target}>{f("target")}</label>
            <EntryCombobox
              id={target}
              name={target}
              scope="staff"
              value={link.target}
              onChange={(value) => set({ target: value })}
              reading={{ found: (title) => f("targetReads", { title }), unknown: f("targetUnknown") }}
              invalid={Boolean(errors[target])}
              describedBy={fieldDescription(target, errors)["aria-describedby"]}
            />
            <FieldError name={target} errors={errors} />
          </div>
          <ReviewField
            name={`${path}.note`}
            label={f("note")}
            value={link.note}
            onChange={(note) => set({ note })}
            errors={errors}
            rows={2}
          />
        </div>
      ) : null}
    </li>
  );
}
