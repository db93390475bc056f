/** A staff account as the staff page and the admin API show it. */
export interface AccountRow {
  id: string;
  email: string;
  name: string;
  role: string;
  createdAt: Date;
  disabled: boolean;
  /** Sessions not yet past their expiry (one past its idle timeout counts until it is next used, and refused then). */
  sessions: number;
}

/** The columns an AccountRow is made from, with its sessions counted as of `now`. */
export function accountSelect(now = new Date()) {
  return {
    id: true,
    email: true,
    name: true,
    role: true,
    createdAt: true,
    disabledAt: true,
    _count: { select: { sessions: { where: { expiresAt: { gt: now } } } } },
  } as const;
}

export function toAccountRow(row: {
  id: string;
  email: string;
  name: string;
  role: string;
  createdAt: Date;
  disabledAt: Date | null;
  _count: { sessions: number };
}): AccountRow {
  const { disabledAt, _count, ...rest } = row;
  return { ...rest, disabled: disabledAt !== null, sessions: _count.sessions };
}
