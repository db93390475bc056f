"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { auth } from "@/lib/auth/auth";
import { getCurrentUser } from "@/lib/auth/current-user";

export async function signOut(): Promise<void> {
  const user = await getCurrentUser();
  await auth.api.signOut({ headers: await headers() });
  if (user) await recordAuditEvent({ actor: user, action: "auth.sign-out" });
  redirect(`/${await getLocale()}/sign-in`);
}
