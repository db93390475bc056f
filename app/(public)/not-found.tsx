import Link from "next/link";

export default function NotFound() {
  return (
    <div className="not-found">
      <h1>Not found</h1>
      <p>There is no published page at this address. It may have been moved or not yet published.</p>
      <p>
        <Link href="/">Back to the map and timeline</Link>
      </p>
    </div>
  );
}
