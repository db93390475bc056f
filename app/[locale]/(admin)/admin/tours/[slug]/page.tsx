import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { PendingRevisionNotice } from "@/components/admin/pending-revision-notice";
import { TourEditor } from "@/components/tours/tour-editor";
import { TourStatusBar } from "@/components/tours/tour-status-bar";
import { Link } from "@/i18n/navigation";
import { requirePagePermission } from "@/lib/auth/page-permission";
import { listEntryTitles } from "@/lib/data/entries/list-entry-titles";
import { getRecordForPerson } from "@/lib/data/publishing/get-record-for-person";
import { getSendBackReason } from "@/lib/data/publishing/get-send-back-reason";
import { mayChangeEveryTour } from "@/lib/data/tours/assert-may-change-tour";
import { getTourAccess } from "@/lib/data/tours/get-tour-access";
import { TOUR } from "@/lib/data/tours/tour-record";
import { tourFormValues } from "@/lib/forms/tour-form";
import { recordTitle } from "@/lib/revisions/record-title";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<{ created?: string; saved?: string }>;
};

/** A tour's editor, for its teacher and the curators; on a published tour, its teacher's saves are proposals. */
export default async function EditTourPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission(locale, "tours.create");
  if (!user) return <ForbiddenNotice />;
  const access = await getTourAccess(slug);
  if (!access) notFound();
  const t = await getTranslations("tourAdmin");
  if (access.ownerId !== user.id && !mayChangeEveryTour(user)) return <p role="alert">{t("notYours")}</p>;
  const record = await getRecordForPerson(TOUR, slug, user.id);
  if (!record) notFound();
  // The form opens on the person's own waiting proposal, if any; the status bar shows what is live.
  const { live: tour, own, opened } = record;
  const { created, saved } = await searchParams;
  const editor = await getTranslations("tourEditor");
  const sendBack = await getTranslations("sendBack");
  const format = await getFormatter();
  const returned = tour.snapshot.status === "draft" ? await getSendBackReason(TOUR, tour.id) : null;
  const entrySlugs = opened.snapshot.steps.flatMap((s) => (s.entrySlug ? [s.entrySlug] : []));
  return (
    <>
      <h1>{t("editHeading", { title: recordTitle(tour.snapshot, locale) })}</h1>
      {created ? <p role="status">{t("created")}</p> : null}
      {saved ? <p role="status">{editor("saved", { version: saved })}</p> : null}
      <TourStatusBar id={tour.id} slug={slug} version={tour.version} status={tour.snapshot.status} role={user.role} />
      {access.shared ? (
        <p>
          {t("shareLink")} <Link href={{ pathname: `/tours/${slug}`, query: { t: access.shareToken } }}>{t("shareLinkText")}</Link>
        </p>
      ) : null}
      {returned ? (
        <p className="form-error">
          {sendBack("returned", {
            who: returned.by ?? "",
            when: format.dateTime(returned.at, { dateStyle: "medium", timeStyle: "short" }),
            reason: returned.reason,
          })}
        </p>
      ) : null}
      <PendingRevisionNotice own={own} />
      <TourEditor
        key={`${tour.id}-${tour.version}`}
        initial={tourFormValues(opened)}
        known={await listEntryTitles({ slugs: entrySlugs, locale })}
        personId={user.id}
        justCreated={Boolean(created)}
      />
    </>
  );
}
