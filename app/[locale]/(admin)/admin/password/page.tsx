import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChangePasswordForm } from "@/components/admin/change-password-form";

export default async function PasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("admin");
  return (
    <>
      <h1>{t("password")}</h1>
      <ChangePasswordForm />
    </>
  );
}
