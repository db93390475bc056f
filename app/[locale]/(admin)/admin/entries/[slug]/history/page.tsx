import { RecordHistoryPage } from "@/components/admin/record-history-page";

type Props = { params: Promise<{ locale: string; slug: string }> };

export default async function EntryHistoryPage({ params }: Props) {
  const { locale, slug } = await params;
  return <RecordHistoryPage type="entry" locale={locale} slug={slug} />;
}
