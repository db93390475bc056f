import { deleteRecordAction } from "@/lib/actions/publishing/delete-record";
import type { PublishableName } from "@/lib/data/publishing/publishable-types";

/** The curator's delete button for an entry or article, behind a checkbox that must be ticked first; the hidden fields name the record and its version. */
export function DeleteRecordForm({
  type,
  id,
  slug,
  version,
  confirm,
  button,
}: {
  type: PublishableName;
  id: string;
  slug: string;
  version: number;
  confirm: string;
  button: string;
}) {
  return (
    <form action={deleteRecordAction} className="danger-zone">
      <input type="hidden" name="type" value={type} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="expectedVersion" value={version} />
      <label>
        <input type="checkbox" name="confirm" value="yes" required /> {confirm}
      </label>
      <button type="submit">{button}</button>
    </form>
  );
}
