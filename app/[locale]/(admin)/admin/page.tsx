import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { PUBLISHABLE_TYPES } from "@/lib/data/publishing/publishable-types";
import { listReviewQueue } from "@/lib/data/review/list-review-queue";
import { listSubmissionOutcomes } from "@/lib/data/review/list-submission-outcomes";

/** How many waiting items the dashboard names before pointing to the queue. */
const WAITING_SHOWN = 5;

/** The overview: curators see what waits for them, editors what became of what they sent for review. */
export default async function AdminHome({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("admin");
  const d = await getTranslations("dashboard");
  const tours = await getTranslations("tourAdmin");
  const sendBack = await getTranslations("sendBack");
  const format = await getFormatter();
  const user = await getCurrentUser();
  const waiting = can(user?.role, "entries.publish") ? await listReviewQueue({ locale, page: { page: 1, size: WAITING_SHOWN } }) : null;
  const outcomes = user && can(user.role, "entries.edit") ? await listSubmissionOutcomes({ authorId: user.id, locale }) : null;
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{d("intro")}</p>
      {waiting ? (
        <section aria-labelledby="dashboard-waiting">
          <h2 id="dashboard-waiting">{d("waitingHeading")}</h2>
          <p>{d("waitingCount", { count: waiting.total ?? waiting.items.length })}</p>
          {waiting.items.length > 0 ? (
            <ul>
              {waiting.items.map((item) => (
                <li key={`${item.type}-${item.id}`}>
                  <Link href={`/admin/${PUBLISHABLE_TYPES[item.type].path}/${item.slug}`}>{item.title}</Link>{" "}
                  {item.type === "article" ? <span className="meta">{d("articleTag")} </span> : null}
                  {item.type === "tour" ? <span className="meta">{tours("reviewKind")} </span> : null}
                  <span className="meta">{d("waitingSince", { when: when(item.submittedAt) })}</span>
                </li>
              ))}
            </ul>
          ) : null}
          <p>
            <Link href="/admin/review">{d("openQueue")}</Link>
          </p>
        </section>
      ) : null}
      {outcomes ? (
        <section aria-labelledby="dashboard-submissions">
          <h2 id="dashboard-submissions">{d("submissionsHeading")}</h2>
          {outcomes.length === 0 ? (
            <p>{d("noSubmissions")}</p>
          ) : (
            <ul>
              {outcomes.map((item) => (
                <li key={`${item.type}-${item.id}`}>
                  <Link href={`/admin/${PUBLISHABLE_TYPES[item.type].path}/${item.slug}`}>{item.title}</Link>
                  {item.type === "article" ? <span className="meta"> {d("articleTag")}</span> : null}
                  {": "}
                  {item.outcome === "waiting"
                    ? d("outcome.waiting", { when: when(item.submittedAt) })
                    : d(`outcome.${item.outcome}`, { when: when(item.decidedAt ?? item.submittedAt), who: item.decidedBy ?? d("someone") })}
                  {item.reason ? ` ${sendBack("note", { reason: item.reason })}` : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </>
  );
}
