"use client";

import { useTranslations } from "next-intl";
import { type ChangeEvent, type FormEvent, useRef, useState } from "react";
import { type ArticleAnalysis, articleAnalysisSchema } from "@/lib/article-import/analysis-schema";

const READABLE_FILE = /\.(html?|txt)$/i;
const HTML_TAG = /<\/?[a-z][\s\S]*?>/i;

/**
 * The page to import: pasted, or read from a file in the browser, then sent to the analysis API,
 * which writes nothing. A Word document is not read here: no maintained .docx reader is installed.
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
    if (!READABLE_FILE.test(file.name)) {
      setError(t("fileRefused"));
      return;
    }
    setText(await file.text());
    setError(null);
    setNote(t("fileRead", { name: file.name }));
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
        <input id="article-source-file" type="file" accept=".html,.htm,.txt,text/html,text/plain" onChange={readFile} />
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
