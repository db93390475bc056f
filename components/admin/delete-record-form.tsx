/** The curator's delete button, behind a checkbox that must be ticked first; the hidden fields name the record and its version. */
export function DeleteRecordForm({
  action,
  fields,
  confirm,
  button,
}: {
  action: (form: FormData) => Promise<void>;
  fields: Record<string, string | number>;
  confirm: string;
  button: string;
}) {
  return (
    <form action={action} className="danger-zone">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label>
        <input type="checkbox" name="confirm" value="yes" required /> {confirm}
      </label>
      <button type="submit">{button}</button>
    </form>
  );
}
