import { RecordHistoryPage } from "@/components/admin/record-history-page";

type Props = { params: Promise<{ locale: string; slug: string }> };

export default async function ArticleHistoryPage({ params }: Props) {
  const { locale, slug } = await params;
  return <RecordHistoryPage type="article" locale={locale} slug={slug} />;
}
