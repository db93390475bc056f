import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { listAuditEvents } from "@/lib/data/audit/list-audit-events";

export default async function AuditPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("audit");
  const admin = await getTranslations("admin");
  const format = await getFormatter();
  const user = await getCurrentUser();
  if (!can(user?.role, "audit.read")) return <p role="alert">{admin("forbidden")}</p>;
  const events = await listAuditEvents({ limit: 500 });
  return (
    <>
      <h1>{t("heading")}</h1>
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
              <td>{event.targetType ? `${event.targetType} ${event.targetId ?? ""}` : t("nobody")}</td>
              <td>
                <code>{event.detail}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
