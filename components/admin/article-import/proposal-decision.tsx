"use client";

import { useTranslations } from "next-intl";
import type { ReviewDecision } from "@/lib/article-import/review-decisions";

export interface ProposalDecisionProps {
  /** What is decided on, for the group's accessible name ("Rzhev Memorial — Comparable monument — Mamayev Kurgan"). */
  label: string;
  decision: ReviewDecision;
  editing: boolean;
  onDecide: (decision: ReviewDecision, editing: boolean) => void;
}

/**
 * Accept, Edit or Reject for one proposal: three toggle buttons in a group named for the proposal, so a
 * screen reader hears which proposal each button decides and which one is pressed. Edit accepts it
 * with the fields opened for changing.
 */
export function ProposalDecision({ label, decision, editing, onDecide }: ProposalDecisionProps) {
  const t = useTranslations("articleImport.review");
  const state = decision === "accept" ? (editing ? t("edited") : t("accepted")) : decision === "reject" ? t("rejected") : t("pending");
  return (
    <div role="group" aria-label={t("decisionFor", { what: label })} className="proposal-decision">
      <button type="button" aria-pressed={decision === "accept" && !editing} onClick={() => onDecide("accept", false)}>
        {t("accept")}
      </button>
      <button type="button" aria-pressed={decision === "accept" && editing} onClick={() => onDecide("accept", true)}>
        {t("edit")}
      </button>
      <button type="button" aria-pressed={decision === "reject"} onClick={() => onDecide("reject", false)}>
        {t("reject")}
      </button>
      <span className={`proposal-state proposal-state-${decision}`}>{state}</span>
    </div>
  );
}
