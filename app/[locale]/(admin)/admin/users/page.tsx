import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { Pager } from "@/components/admin/pager";
import { UserAccountActions } from "@/components/admin/user-account-actions";
import { requirePagePermission } from "@/lib/auth/page-permission";
import { listUsers } from "@/lib/data/users/list-users";
import { pageRequest } from "@/lib/paging/page";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string }> };

export default async function UsersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("users");
  const admin = await getTranslations("admin");
  const accounts = await getTranslations("accounts");
  const format = await getFormatter();
  const user = await requirePagePermission(locale, "users.manage");
  if (!user) return <ForbiddenNotice />;
  const page = await listUsers({ page: pageRequest((await searchParams).page) });
  const users = page.items;
  return (
    <>
      <h1>{t("heading")}</h1>
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">{t("email")}</th>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("role")}</th>
            <th scope="col">{t("created_at")}</th>
            <th scope="col">{accounts("status")}</th>
            <th scope="col">{accounts("sessions")}</th>
            <th scope="col">{accounts("actions")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.email}</td>
              <td>{u.name}</td>
              <td>{admin.has(`roles.${u.role}`) ? admin(`roles.${u.role}`) : u.role}</td>
              <td>{format.dateTime(u.createdAt, { dateStyle: "medium" })}</td>
              <td>{u.disabled ? accounts("disabled") : accounts("active")}</td>
              <td>{u.sessions}</td>
              <td>
                <UserAccountActions account={u} self={u.id === user.id} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager pathname="/admin/users" page={page} />
      <h2>{t("create")}</h2>
      <CreateUserForm />
    </>
  );
}
