import type { InputHTMLAttributes } from "react";
import { FieldError, fieldDescription } from "@/components/admin/field-error";

export interface ReviewFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "onChange" | "value" | "name"> {
  /** The field's path in the review form, which is also its id and the key of its error. */
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors: Record<string, string>;
  /** A multi-line field. */
  rows?: number;
}

/** One labelled field of the review form with its error under it, named by its path so a refusal finds it. */
export function ReviewField({ name, label, value, onChange, errors, rows, ...rest }: ReviewFieldProps) {
  const described = fieldDescription(name, errors);
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {rows ? (
        <textarea id={name} name={name} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} {...described} />
      ) : (
        <input id={name} name={name} value={value} onChange={(e) => onChange(e.target.value)} {...described} {...rest} />
      )}
      <FieldError name={name} errors={errors} />
    </div>
  );
}
