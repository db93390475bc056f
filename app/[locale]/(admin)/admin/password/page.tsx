import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChangePasswordForm } from "@/components/admin/change-password-form";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ changed?: string }> };

export default async function PasswordPage({ params, searchParams }: Props) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("admin");
  const password = await getTranslations("password");
  return (
    <>
      <h1>{t("password")}</h1>
      {(await searchParams).changed ? <p role="status">{password("changed")}</p> : null}
      <ChangePasswordForm />
    </>
  );
}
