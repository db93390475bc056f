import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { listUsers } from "@/lib/data/users/list-users";

export default async function UsersPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("users");
  const admin = await getTranslations("admin");
  const format = await getFormatter();
  const user = await getCurrentUser();
  if (!can(user?.role, "users.manage")) return <p role="alert">{admin("forbidden")}</p>;
  const users = await listUsers();
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
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.email}</td>
              <td>{u.name}</td>
              <td>{admin.has(`roles.${u.role}`) ? admin(`roles.${u.role}`) : u.role}</td>
              <td>{format.dateTime(u.createdAt, { dateStyle: "medium" })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t("create")}</h2>
      <CreateUserForm />
    </>
  );
}
