"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ArticleAnalysis } from "@/lib/article-import/analysis-schema";
import { ArticleReviewForm } from "./article-review-form";
import { ArticleSourceForm } from "./article-source-form";
import "./article-import.css";

/** The import screen: the page to analyse, then its proposals to decide on; another page starts over. */
export function ArticleImportScreen() {
  const t = useTranslations("articleImport.source");
  const [analysis, setAnalysis] = useState<ArticleAnalysis | null>(null);
  if (!analysis) return <ArticleSourceForm onAnalysed={setAnalysis} />;
  return (
    <>
      <ArticleReviewForm analysis={analysis} />
      <p>
        <button type="button" className="link-button" onClick={() => setAnalysis(null)}>
          {t("startOver")}
        </button>
      </p>
    </>
  );
}
