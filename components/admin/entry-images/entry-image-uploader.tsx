"use client";

import { useTranslations } from "next-intl";
import { type DragEvent, type FormEvent, useId, useRef, useState } from "react";
import { useRouter } from "@/i18n/navigation";
import { mediaFieldErrors, mediaMetadataInput } from "@/lib/forms/media-form";
import { ACCEPT_ATTRIBUTE, formatMegabytes, MAX_UPLOAD_BYTES } from "@/lib/media/image-rules";
import { mediaMetadataSchema } from "@/lib/validation/media";
import { useValidationText } from "@/lib/validation/use-validation-text";
import { uploadImage } from "./upload-image";
import { uploadRefusal } from "./upload-refusal";

const CAPTIONS = ["caption_en", "caption_ru"] as const;
type Caption = (typeof CAPTIONS)[number];
type Shared = "credit" | "licence";

interface QueuedFile {
  key: number;
  file: File;
  captions: Record<Caption, string>;
  /** 0–1 while it is being sent; null otherwise. */
  progress: number | null;
  /** Why it was not added (checked here or refused by the server). */
  error: string | null;
  fieldErrors: Partial<Record<Caption, string>>;
}

/**
 * Adds images to one entry: files chosen or dropped wait in a list, each with its caption, then go
 * one by one to the media library's upload route with the credit and licence they share. Every file
 * is checked with the upload's own schema before anything is sent; each shows its progress, and a
 * refused one stays in the list with its reason and its caption, so nothing typed is lost.
 */
export function EntryImageUploader({ entrySlug, licences }: { entrySlug: string; licences: readonly string[] }) {
  const t = useTranslations("entryImages.upload");
  const media = useTranslations("media");
  const validation = useValidationText();
  const router = useRouter();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const nextKey = useRef(0);
  const [queue, setQueue] = useState<QueuedFile[]>([]);
  const [shared, setShared] = useState<Record<Shared, string>>({ credit: "", licence: "" });
  const [sharedErrors, setSharedErrors] = useState<Partial<Record<Shared | "file", string>>>({});
  const [sending, setSending] = useState(false);
  const [dragOver, setDragOver] = useState(false);
  const [summary, setSummary] = useState("");
  const [alert, setAlert] = useState<string | null>(null);

  /** Refused here already, in the words the server would use: no point sending a file only to be turned away. */
  const refusedHere = (file: File): string | null =>
    file.size === 0
      ? validation("imageEmpty")
      : file.size > MAX_UPLOAD_BYTES
        ? validation("imageTooLarge", { size: formatMegabytes(file.size), max: formatMegabytes(MAX_UPLOAD_BYTES) })
        : null;

  const update = (key: number, change: Partial<QueuedFile>) =>
    setQueue((items) => items.map((item) => (item.key === key ? { ...item, ...change } : item)));

  function add(files: FileList | null) {
    if (!files || files.length === 0) return;
    const added = Array.from(files, (file) => ({
      key: nextKey.current++,
      file,
      captions: { caption_en: "", caption_ru: "" },
      progress: null,
      error: refusedHere(file),
      fieldErrors: {},
    }));
    setQueue((items) => [...items, ...added]);
    setSharedErrors(({ file: _chosen, ...rest }) => rest);
    setSummary("");
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragOver(false);
    add(event.dataTransfer.files);
  }

  function onDragOver(event: DragEvent<HTMLDivElement>) {
    // Only files: a gallery card dragged across the page is not an upload.
    if (!event.dataTransfer.types.includes("Files")) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    setDragOver(true);
  }

  /** The upload's schema over one file's fields: its captions and the shared credit and licence. */
  function check(item: QueuedFile): { captions: Partial<Record<Caption, string>>; shared: Partial<Record<Shared, string>> } {
    const value = (name: string) => (name === "credit" || name === "licence" ? shared[name] : item.captions[name as Caption]);
    const parsed = mediaMetadataSchema.safeParse(mediaMetadataInput(value));
    const found = { captions: {} as Partial<Record<Caption, string>>, shared: {} as Partial<Record<Shared, string>> };
    if (parsed.success) return found;
    for (const { path, message } of mediaFieldErrors(parsed.error, validation)) {
      if (path === "credit" || path === "licence") found.shared[path] ??= message;
      else if (path === "caption_en" || path === "caption_ru") found.captions[path] ??= message;
    }
    return found;
  }

  function focusFirstProblem() {
    // After React has drawn the marks: the first marked field, in the order the form shows them, else
    // the first caption of a file the server refused (its reason is in the caption's description).
    requestAnimationFrame(() => {
      const form = formRef.current;
      const target =
        form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
        form?.querySelector<HTMLElement>(".entry-images-queue li:has(.field-error) input");
      target?.focus();
    });
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    setSummary("");
    if (queue.length === 0) {
      setSharedErrors({ file: t("chooseFirst") });
      setAlert(t("fixErrors"));
      fileInput.current?.focus();
      return;
    }
    const checks = queue.map(check);
    const sharedFound = Object.assign({}, ...checks.map((c) => c.shared)) as Partial<Record<Shared, string>>;
    const invalid = Object.keys(sharedFound).length > 0 || checks.some((c) => Object.keys(c.captions).length > 0);
    setQueue((items) => items.map((item, index) => ({ ...item, fieldErrors: checks[index]?.captions ?? {} })));
    setSharedErrors(sharedFound);
    if (invalid || queue.some((item) => refusedHere(item.file))) {
      setAlert(t("fixErrors"));
      focusFirstProblem();
      return;
    }
    setAlert(null);
    setSending(true);
    let added = 0;
    let failed = 0;
    for (const item of queue) {
      update(item.key, { progress: 0, error: null });
      const form = new FormData();
      form.set("file", item.file);
      form.set("entrySlug", entrySlug);
      for (const caption of CAPTIONS) form.set(caption, item.captions[caption]);
      form.set("credit", shared.credit);
      form.set("licence", shared.licence);
      const answer = await uploadImage(form, (fraction) => update(item.key, { progress: fraction }));
      if (answer.status === 201) {
        added += 1;
        setQueue((items) => items.filter((queued) => queued.key !== item.key));
        continue;
      }
      failed += 1;
      const refusal = uploadRefusal(answer, { t, validation });
      update(item.key, { progress: null, error: refusal.message, fieldErrors: refusal.captions });
      if (Object.keys(refusal.shared).length > 0) setSharedErrors((errors) => ({ ...errors, ...refusal.shared }));
    }
    setSending(false);
    setSummary(t("done", { added, failed }));
    if (added > 0) router.refresh();
    if (failed > 0) focusFirstProblem();
  }

  const errorId = (name: string) => `${id}-${name}-error`;
  const describedBy = (...ids: (string | false | null | undefined)[]) => ids.filter(Boolean).join(" ") || undefined;

  return (
    <form ref={formRef} onSubmit={submit} className="entry-images-upload" noValidate aria-busy={sending}>
      <h3>{t("heading")}</h3>
      {/* Always there, so that screen readers announce what is put into it. */}
      <p role="status">{summary}</p>
      {alert ? (
        <p role="alert" className="form-error">
          {alert}
        </p>
      ) : null}
      <div
        role="group"
        aria-labelledby={`${id}-drop`}
        className={dragOver ? "entry-images-drop is-over" : "entry-images-drop"}
        onDragOver={onDragOver}
        onDragLeave={() => setDragOver(false)}
        onDrop={onDrop}
      >
        <p id={`${id}-drop`}>{t("drop")}</p>
        <label htmlFor={`${id}-file`}>{t("choose")}</label>
        <input
          ref={fileInput}
          id={`${id}-file`}
          type="file"
          multiple
          accept={ACCEPT_ATTRIBUTE}
          aria-invalid={Boolean(sharedErrors.file)}
          aria-describedby={describedBy(`${id}-file-hint`, sharedErrors.file && errorId("file"))}
          onChange={(event) => {
            add(event.currentTarget.files);
            // Chosen files are in the list now; the same file may be chosen again later.
            event.currentTarget.value = "";
          }}
        />
        <p id={`${id}-file-hint`} className="hint">
          {t("chooseHint", { max: formatMegabytes(MAX_UPLOAD_BYTES) })}
        </p>
        {sharedErrors.file ? (
          <p id={errorId("file")} className="field-error">
            {sharedErrors.file}
          </p>
        ) : null}
      </div>

      {queue.length > 0 ? (
        <>
          <ul className="entry-images-queue" aria-label={t("queueLabel")}>
            {queue.map((item) => (
              <li key={item.key}>
                {/* Named by its file, so that whoever lands on a caption here hears which file it belongs to. */}
                <div role="group" aria-labelledby={`${id}-${item.key}-name`} className="entry-images-item">
                  <p className="entry-images-file">
                    <span id={`${id}-${item.key}-name`}>{item.file.name}</span>{" "}
                    <span className="hint">{formatMegabytes(item.file.size)}</span>
                  </p>
                  {CAPTIONS.map((caption) => {
                    const field = `${id}-${item.key}-${caption}`;
                    const problem = item.fieldErrors[caption];
                    return (
                      <div className="field" key={caption}>
                        <label htmlFor={field}>{media(caption)}</label>
                        <input
                          id={field}
                          type="text"
                          lang={caption.slice(-2)}
                          maxLength={1000}
                          autoComplete="off"
                          value={item.captions[caption]}
                          onChange={(event) => update(item.key, { captions: { ...item.captions, [caption]: event.target.value } })}
                          aria-invalid={Boolean(problem)}
                          aria-describedby={describedBy(problem && `${field}-error`, item.error && `${id}-${item.key}-error`)}
                        />
                        {problem ? (
                          <p id={`${field}-error`} className="field-error">
                            {problem}
                          </p>
                        ) : null}
                      </div>
                    );
                  })}
                  {item.progress !== null ? (
                    <progress value={item.progress} max={1} aria-label={t("progress", { name: item.file.name })} />
                  ) : null}
                  {item.error ? (
                    <p id={`${id}-${item.key}-error`} className="field-error">
                      {item.error}
                    </p>
                  ) : null}
                  <button
                    type="button"
                    disabled={sending}
                    aria-label={t("discardLabel", { name: item.file.name })}
                    onClick={() => setQueue((items) => items.filter((queued) => queued.key !== item.key))}
                  >
                    {t("discard")}
                  </button>
                </div>
              </li>
            ))}
          </ul>
          <p className="hint">{t("altTextLater")}</p>
        </>
      ) : null}

      <fieldset className="entry-images-shared">
        <legend>{t("shared")}</legend>
        {(["credit", "licence"] as const).map((name) => (
          <div className="field" key={name}>
            <label htmlFor={`${id}-${name}`}>{media(name)}</label>
            <input
              id={`${id}-${name}`}
              type="text"
              required
              autoComplete="off"
              list={name === "licence" ? `${id}-licences` : undefined}
              value={shared[name]}
              onChange={(event) => setShared((values) => ({ ...values, [name]: event.target.value }))}
              aria-invalid={Boolean(sharedErrors[name])}
              aria-describedby={describedBy(`${id}-${name}-hint`, sharedErrors[name] && errorId(name))}
            />
            <p id={`${id}-${name}-hint`} className="hint">
              {media(name === "credit" ? "creditHint" : "licenceHint")}
            </p>
            {sharedErrors[name] ? (
              <p id={errorId(name)} className="field-error">
                {sharedErrors[name]}
              </p>
            ) : null}
          </div>
        ))}
        <datalist id={`${id}-licences`}>
          {licences.map((licence) => (
            <option key={licence} value={licence} />
          ))}
        </datalist>
      </fieldset>

      <button type="submit" disabled={sending}>
        {sending ? t("uploading") : t("submit", { count: queue.length })}
      </button>
    </form>
  );
}
