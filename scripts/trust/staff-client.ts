/** A signed-in member of staff talking to the app's HTTP API, as the admin pages' scripts do. */
export class StaffClient {
  private constructor(
    private readonly base: string,
    readonly cookie: string,
    readonly email: string,
  ) {}

  /** Signs in once; the session lives in the database, so it must outlive every crash that follows. */
  static async signIn(base: string, email: string, password: string): Promise<StaffClient> {
    const response = await fetch(`${base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: base },
      body: JSON.stringify({ email, password }),
    });
    if (!response.ok) throw new Error(`Signing in as ${email} failed: ${response.status} ${await response.text()}`);
    const cookie = response.headers
      .getSetCookie()
      .map((line) => line.split(";")[0])
      .join("; ");
    if (!cookie) throw new Error(`Signing in as ${email} set no cookie`);
    return new StaffClient(base, cookie, email);
  }

  /** The same session against a restarted server (a new base only if the port changed). */
  at(base: string): StaffClient {
    return new StaffClient(base, this.cookie, this.email);
  }

  request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set("Cookie", this.cookie);
    headers.set("Origin", this.base);
    headers.set("Accept", "application/json");
    return fetch(`${this.base}${path}`, { ...init, headers });
  }

  json(method: string, path: string, body: unknown): Promise<Response> {
    return this.request(path, { method, body: JSON.stringify(body), headers: { "Content-Type": "application/json" } });
  }
}
