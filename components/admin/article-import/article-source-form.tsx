"use client";

import { useTranslations } from "next-intl";
import { type ChangeEvent, type FormEvent, useRef, useState } from "react";
import { type ArticleAnalysis, articleAnalysisSchema } from "@/lib/article-import/analysis-schema";

const READABLE_FILE = /\.(html?|txt)$/i;
const WORD_FILE = /\.docx$/i;
const HTML_TAG = /<\/?[a-z][\s\S]*?>/i;

/**
 * A Word document as HTML: the server converts it (it writes nothing), and the HTML then goes into
 * the field like an uploaded page's. The answer is the HTML, or why the file was refused.
 */
async function convertWordFile(file: File): Promise<{ html: string } | { refused: "tooLarge" | "notDocx" | "failed" }> {
  const form = new FormData();
  form.set("file", file);
  const response = await fetch("/api/v1/admin/article-imports/docx", {
    method: "POST",
    body: form,
    headers: { Accept: "application/json" },
  });
  const body: unknown = await response.json().catch(() => null);
  const html = (body as { html?: unknown } | null)?.html;
  if (response.ok && typeof html === "string") return { html };
  if (response.status === 413) return { refused: "tooLarge" };
  return { refused: response.status >= 400 && response.status < 500 ? "notDocx" : "failed" };
}

/**
 * The page to import: pasted, or read from a file (a page or text in the browser, a Word document
 * on the server), then sent to the analysis API, which writes nothing.
 */
export function ArticleSourceForm({ onAnalysed }: { onAnalysed: (analysis: ArticleAnalysis) => void }) {
  const t = useTranslations("articleImport.source");
  const [text, setText] = useState("");
  const [url, setUrl] = useState("");
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    if (WORD_FILE.test(file.name)) {
      await readWordFile(file);
      return;
    }
    if (!READABLE_FILE.test(file.name)) {
      setError(t("fileRefused"));
      return;
    }
    setText(await file.text());
    setError(null);
    setNote(t("fileRead", { name: file.name }));
  }

  async function readWordFile(file: File) {
    setPending(true);
    setError(null);
    setNote(t("docxReading", { name: file.name }));
    try {
      const converted = await convertWordFile(file);
      if ("html" in converted) {
        setText(converted.html);
        setNote(t("fileRead", { name: file.name }));
        return;
      }
      setNote(null);
      setError(
        converted.refused === "tooLarge"
          ? t("docxTooLarge", { name: file.name })
          : converted.refused === "notDocx"
            ? t("docxRefused", { name: file.name })
            : t("failed"),
      );
    } catch {
      setNote(null);
      setError(t("failed"));
    } finally {
      setPending(false);
    }
  }

  async function analyze(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (text.trim() === "") {
      setError(t("empty"));
      textRef.current?.focus();
      return;
    }
    setPending(true);
    setError(null);
    try {
      const response = await fetch("/api/v1/admin/article-imports/analyze", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ [HTML_TAG.test(text) ? "html" : "text"]: text, ...(url.trim() ? { url: url.trim() } : {}) }),
      });
      const body: unknown = await response.json().catch(() => null);
      if (!response.ok) {
        const detail = (body as { detail?: unknown } | null)?.detail;
        setError(response.status < 500 && typeof detail === "string" ? t("refused", { detail }) : t("failed"));
        return;
      }
      const analysis = articleAnalysisSchema.safeParse(body);
      if (!analysis.success) {
        setError(t("failed"));
        return;
      }
      const page = analysis.data.page;
      onAnalysed({ ...analysis.data, page: { ...page, url: page.url ?? (url.trim() || null) } });
    } catch {
      setError(t("failed"));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={analyze} noValidate className="article-source-form">
      <h2>{t("heading")}</h2>
      <div className="field">
        <label htmlFor="article-source-text">{t("text")}</label>
        <textarea
          id="article-source-text"
          ref={textRef}
          rows={12}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "article-source-error" : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor="article-source-file">{t("file")}</label>
        <input
          id="article-source-file"
          type="file"
          accept=".html,.htm,.txt,.docx,text/html,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChange={readFile}
        />
        {note ? <p role="status">{note}</p> : null}
      </div>
      <div className="field">
        <label htmlFor="article-source-url">{t("url")}</label>
        <input id="article-source-url" type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
      </div>
      {error ? (
        <p id="article-source-error" role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      <button type="submit" disabled={pending}>
        {pending ? t("analyzing") : t("analyze")}
      </button>
    </form>
  );
}
