import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { isContentLocale } from "@/lib/content/locales";
import { mayChangeEveryTour } from "@/lib/data/tours/assert-may-change-tour";
import { listToursForStaff } from "@/lib/data/tours/list-tours-for-staff";

export const dynamic = "force-dynamic";

const NOT_ALLOWED = { canAdd: false, tours: [] } as const;

/**
 * Whether the person may add the explorer's entry to a tour, and the tours they may add it to (their
 * own drafts, or any for a curator), latest first. Asked by every explorer page once an entry is
 * selected, visitors' too, so it answers 200 `{ canAdd: false }` instead of 401: a refused request
 * would be an error in every visitor's console. It says nothing a visitor could not know.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  const headers = { "Cache-Control": "private, no-store" };
  if (!user || !can(user.role, "tours.create")) return Response.json(NOT_ALLOWED, { headers });
  const asked = new URL(request.url).searchParams.get("locale") ?? "en";
  const locale = isContentLocale(asked) ? asked : "en";
  const page = await listToursForStaff({ viewer: user, locale, page: { page: 1, size: 50 } });
  const editable = page.items.filter((t) => mayChangeEveryTour(user) || t.status === "draft" || t.status === "in_review");
  return Response.json({ canAdd: true, tours: editable.map(({ slug, title }) => ({ slug, title })) }, { headers });
}
