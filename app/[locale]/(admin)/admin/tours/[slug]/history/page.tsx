import { RecordHistoryPage } from "@/components/admin/record-history-page";

type Props = { params: Promise<{ locale: string; slug: string }> };

export default async function TourHistoryPage({ params }: Props) {
  const { locale, slug } = await params;
  return <RecordHistoryPage type="tour" locale={locale} slug={slug} />;
}
