import { useTranslations } from "next-intl";
import type { FieldChange } from "@/lib/revisions/diff-snapshots";
import { useFieldLabel } from "./use-field-label";

interface FieldChangesTableProps {
  changes: FieldChange[];
  caption: string;
  /** Visible caption, or only for screen readers where a heading already says it. */
  captionHidden?: boolean;
  /** Column headings where "before" and "after" would mislead (a conflict compares then and now). */
  beforeLabel?: string;
  afterLabel?: string;
}

/** Field-by-field changes between two versions of a record: a revision in a history, or what others saved meanwhile. */
export function FieldChangesTable({ changes, caption, captionHidden = false, beforeLabel, afterLabel }: FieldChangesTableProps) {
  const t = useTranslations("revisions");
  const label = useFieldLabel();
  return (
    <table className="admin-table diff-table">
      <caption className={captionHidden ? "sr-only" : undefined}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("field")}</th>
          <th scope="col">{beforeLabel ?? t("before")}</th>
          <th scope="col">{afterLabel ?? t("after")}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field}>
            <th scope="row">{label(change.field)}</th>
            <td>
              <del>{change.before}</del>
            </td>
            <td>
              <ins>{change.after}</ins>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
