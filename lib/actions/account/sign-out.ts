"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { auth } from "@/lib/auth/auth";
import { authorizedAction } from "@/lib/auth/authorized";

/** Ends this session; someone no longer signed in is sent to the sign-in page all the same. */
export const signOutAction = authorizedAction("signed-in", async (user): Promise<void> => {
  await auth.api.signOut({ headers: await headers() });
  await recordAuditEvent({ actor: user, action: "auth.sign-out" });
  redirect(`/${await getLocale()}/sign-in`);
});
