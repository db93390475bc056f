/** What became of the last save, above a form: saved (a status), or what to fix and why it was refused (alerts). */
export function SaveOutcome({ saved, invalid, refused }: { saved: string | null; invalid: string | null; refused: string | null }) {
  return (
    <>
      {saved ? <p role="status">{saved}</p> : null}
      {invalid ? (
        <p role="alert" className="form-error">
          {invalid}
        </p>
      ) : null}
      {refused ? (
        <p role="alert" className="form-error">
          {refused}
        </p>
      ) : null}
    </>
  );
}
