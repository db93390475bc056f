import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { Link } from "@/i18n/navigation";
import { beforeParam, parseAuditQuery } from "@/lib/audit/audit-query";
import { requirePagePermission } from "@/lib/auth/page-permission";
import { type AuditEventRow, listAuditEvents } from "@/lib/data/audit/list-audit-events";
import { listAuditFacets } from "@/lib/data/audit/list-audit-facets";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const PAGE_SIZE = 100;
/** Longer details (a deleted entry's whole snapshot) fold away so the table stays readable. */
const INLINE_DETAIL = 200;

const EDITOR_PATHS: Record<string, string> = { entry: "/admin/entries", article: "/admin/articles" };

function Target({ event, gone }: { event: AuditEventRow; gone: string }) {
  if (!event.targetType) return <>—</>;
  const path = EDITOR_PATHS[event.targetType];
  if (path && event.targetSlug) return <Link href={`${path}/${event.targetSlug}`}>{`${event.targetType} ${event.targetSlug}`}</Link>;
  return (
    <>
      {event.targetType} {event.targetId ?? ""}
      {path && event.targetId ? ` (${gone})` : ""}
    </>
  );
}

export default async function AuditPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("audit");
  const log = await getTranslations("auditLog");
  const format = await getFormatter();
  const user = await requirePagePermission(locale, "audit.read");
  if (!user) return <ForbiddenNotice />;
  const filter = parseAuditQuery(await searchParams);
  const [{ events, next }, facets] = await Promise.all([listAuditEvents({ ...filter, limit: PAGE_SIZE }), listAuditFacets()]);
  const kept = { who: filter.actorEmail, action: filter.action, target: filter.targetType };
  const select = (name: keyof typeof kept, label: string, options: string[]) => (
    <div className="field">
      <label htmlFor={`audit-${name}`}>{label}</label>
      <select id={`audit-${name}`} name={name} defaultValue={kept[name] ?? ""}>
        <option value="">{log("any")}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <>
      <h1>{t("heading")}</h1>
      <form method="get" className="field-row audit-filter" aria-label={log("filter")}>
        {select("who", t("who"), facets.actors)}
        {select("action", t("action"), facets.actions)}
        {select("target", t("target"), facets.targetTypes)}
        <button type="submit">{log("show")}</button>
        {filter.actorEmail || filter.action || filter.targetType ? <Link href="/admin/audit">{log("clear")}</Link> : null}
      </form>
      {filter.before ? (
        <p>{log("olderThan", { when: format.dateTime(filter.before.at, { dateStyle: "medium", timeStyle: "medium" }) })}</p>
      ) : null}
      {events.length === 0 ? (
        <p>{log("none")}</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t("when")}</th>
              <th scope="col">{t("who")}</th>
              <th scope="col">{t("action")}</th>
              <th scope="col">{t("target")}</th>
              <th scope="col">{t("detail")}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id}>
                <td>{format.dateTime(event.at, { dateStyle: "medium", timeStyle: "medium" })}</td>
                <td>{event.actorEmail ?? t("nobody")}</td>
                <td>{event.action}</td>
                <td>
                  <Target event={event} gone={log("gone")} />
                </td>
                <td>
                  {event.detail.length <= INLINE_DETAIL ? (
                    <code>{event.detail}</code>
                  ) : (
                    <details>
                      <summary>{log("fullDetail", { size: event.detail.length })}</summary>
                      <code>{event.detail}</code>
                    </details>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {next ? (
        <p>
          <Link
            href={{
              pathname: "/admin/audit",
              query: { ...Object.fromEntries(Object.entries(kept).filter(([, v]) => v)), before: beforeParam(next) },
            }}
          >
            {log("older")}
          </Link>
        </p>
      ) : null}
    </>
  );
}
