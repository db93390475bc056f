import { notFound } from "next/navigation";

/** Any unknown path inside a language gets that language's not-found page. */
export default function UnknownPage() {
  notFound();
}
