import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/auth";
import { explainOriginRefusal } from "@/lib/auth/origin-refusal";

const handlers = toNextJsHandler(auth.handler);

export const GET = handlers.GET;

export async function POST(request: Request): Promise<Response> {
  return explainOriginRefusal(request, await handlers.POST(request));
}
