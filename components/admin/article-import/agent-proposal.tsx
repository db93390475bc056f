"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FieldError, fieldDescription } from "@/components/admin/field-error";
import { EntryCombobox } from "@/components/ui/entry-combobox";
import type { ReviewItemForm } from "@/lib/article-import/review-initial-decisions";
import { ProposalDecision } from "./proposal-decision";
import { ReviewField } from "./review-field";

type AgentForm = ReviewItemForm["agents"][number];

export interface AgentProposalProps {
  agent: AgentForm;
  /** The form path of this person or organisation: "items.0.agents.1". */
  path: string;
  errors: Record<string, string>;
  onChange: (agent: AgentForm) => void;
}

/** A person or organisation the item names: an entry already there (mentioned) or a new draft. */
export function AgentProposal({ agent, path, errors, onChange }: AgentProposalProps) {
  const t = useTranslations("articleImport.review");
  const f = useTranslations("articleImport.fields");
  const kinds = useTranslations("kinds");
  const [editing, setEditing] = useState(false);
  const hasError = Object.keys(errors).some((name) => name.startsWith(`${path}.`));
  const label = agent.entrySlug
    ? t("agentExisting", { name: agent.name, kind: kinds(agent.kind), slug: agent.entrySlug })
    : t("agentNew", { name: agent.name, kind: kinds(agent.kind) });
  const set = (change: Partial<AgentForm>) => onChange({ ...agent, ...change });
  const existing = `${path}.entrySlug`;
  return (
    <li className="proposal">
      <p className="proposal-title">{label}</p>
      {agent.note ? <p className="proposal-sentence">{t("because", { sentence: agent.note })}</p> : null}
      <ProposalDecision
        label={label}
        decision={agent.decision}
        editing={editing}
        onDecide={(decision, edit) => {
          setEditing(edit);
          set({ decision });
        }}
      />
      {(editing || hasError) && agent.decision === "accept" ? (
        <div className="proposal-fields">
          <ReviewField name={`${path}.name`} label={f("name")} value={agent.name} onChange={(name) => set({ name })} errors={errors} />
          <div className="field">
            <label htmlFor={`${path}.kind`}>{f("kind")}</label>
            <select
              id={`${path}.kind`}
              name={`${path}.kind`}
              value={agent.kind}
              onChange={(e) => set({ kind: e.target.value as AgentForm["kind"] })}
            >
              <option value="person">{kinds("person")}</option>
              <option value="organisation">{kinds("organisation")}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={existing}>{f("existingEntry")}</label>
            <EntryCombobox
              id={existing}
              name={existing}
              scope="staff"
              value={agent.entrySlug ?? ""}
              onChange={(value) => set({ entrySlug: value.trim() === "" ? null : value })}
              reading={{ found: (title) => f("existingReads", { title }), unknown: f("existingUnknown") }}
              invalid={Boolean(errors[existing])}
              describedBy={fieldDescription(existing, errors)["aria-describedby"]}
            />
            <FieldError name={existing} errors={errors} />
          </div>
        </div>
      ) : null}
    </li>
  );
}
