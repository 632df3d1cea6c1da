"""Who may do what: coordinators with their city scope, and engineers let in by the access code."""

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

PROVINCE = "*"  # a coordinator's scope covering every city
# Who owns what is typed in the terminal or imported from a file: nobody with a Telegram chat.
TERMINAL_USER = 0
# SQLite's INTEGER is a signed 64-bit number, and Telegram's user ids fit in it.
MAX_USER_ID = 2**63 - 1
ACCESS_SALT = "access_code"  # the `salts` row the access code's digests are sealed with


def seal(digest: str, salt: str) -> str:
    """An access code's SHA-256 digest sealed with scrypt under the database's own random
    salt: a leaked file then costs scrypt's work per guessed code, and no table of digests
    precomputed for common codes applies. The digest, not the code, is sealed so that the
    digests earlier versions stored can be sealed in place (schema v10), no code needed."""
    return hashlib.scrypt(digest.encode(), salt=bytes.fromhex(salt),
                          n=2**14, r=8, p=1, dklen=32).hex()


def user_id_problem(user_id: int) -> str | None:
    """Why a number typed as a coordinator's id cannot be one: 0 is the terminal's own id, and
    a number SQLite cannot store would stop every command that reads the coordinators."""
    if user_id <= 0:
        return "须为 Telegram 用户 ID（正整数）"
    if user_id > MAX_USER_ID:
        return f"超出 Telegram 用户 ID 的范围（最大 {MAX_USER_ID}）"
    return None


@dataclass(frozen=True)
class Coordinator:
    user_id: int
    city: str  # a city name, or PROVINCE

    def covers(self, city: str | None) -> bool:
        return self.city == PROVINCE or self.city == city

    def scope_in(self, whole: str) -> str:
        """The scope as the deployment names it: `whole` (全省, a municipality's 全市) for all."""
        return whole if self.city == PROVINCE else self.city


class People:
    """Coordinators are those added with `scenario-intake coordinators add` (stored) and those in
    INTAKE_COORDINATORS (held in memory, read afresh by every process). Keeping the configured
    ones out of the table means a configuration edit never deletes or rescopes a stored one:
    a configured entry only hides a stored one of the same id while it is configured."""

    def __init__(self, db: Database, now):
        self.db = db
        self.now = now
        self.configured: dict[int, Coordinator] = {}

    def coordinator(self, user_id: int) -> Coordinator | None:
        return self.configured.get(user_id) or self.stored(user_id)

    def stored(self, user_id: int) -> Coordinator | None:
        row = self.db.execute(
            "select user_id, city from coordinators where user_id = ?", [user_id]
        ).fetchone()
        return Coordinator(*row) if row else None

    def coordinators(self) -> list[Coordinator]:
        rows = self.db.execute("select user_id, city from coordinators order by user_id")
        stored = {user_id: Coordinator(user_id, city) for user_id, city in rows}
        return sorted({**stored, **self.configured}.values(), key=lambda c: c.user_id)

    def covering(self, city: str | None) -> list[Coordinator]:
        return [c for c in self.coordinators() if c.covers(city)]

    def reviewing(self, city: str | None, owner_id: int) -> list[Coordinator]:
        """Who reviews an entry of `city`: every coordinator covering it (the city's own and
        the province-wide ones) but the one who filled it in."""
        return [c for c in self.covering(city) if c.user_id != owner_id]

    def is_configured(self, user_id: int) -> bool:
        return user_id in self.configured

    def add_coordinator(self, user_id: int, city: str = PROVINCE) -> None:
        self.db.execute(
            "insert into coordinators (user_id, city, source, added_at) values (?, ?, 'cli', ?) "
            "on conflict(user_id) do update set city = excluded.city",
            [user_id, city, self.now()],
        )

    def remove_coordinator(self, user_id: int) -> bool:
        return self.db.execute("delete from coordinators where user_id = ?", [user_id]).rowcount > 0

    def configure(self, configured: Iterable[Coordinator]) -> None:
        """Take INTAKE_COORDINATORS as this process's configured coordinators."""
        self.configured = {c.user_id: c for c in configured}

    def sync_configured(self, configured: Iterable[Coordinator]) -> None:
        """`configure`, dropping the rows an earlier version stored for configured coordinators
        (source 'config'): configuration is not stored."""
        self.configure(configured)
        self.db.execute("delete from coordinators where source = 'config'")

    def code_digest(self, code: str) -> str:
        """What a grant with `code` records: never the code, nor a digest cheap to reverse."""
        salt = self.db.execute("select value from salts where purpose = ?",
                               [ACCESS_SALT]).fetchone()[0]
        return seal(hashlib.sha256(code.encode()).hexdigest(), salt)

    def granted_code(self, user_id: int) -> str | None:
        """The sealed digest of the access code the user was let in with; None if never let in."""
        row = self.db.execute(
            "select granted_code from users where id = ? and granted = 1", [user_id]
        ).fetchone()
        return row[0] if row else None

    def grant(self, user_id: int, code_digest: str) -> None:
        self.db.execute("update users set granted = 1, granted_code = ? where id = ?",
                        [code_digest, user_id])

    def date_earlier_grants(self, code_digest: str) -> None:
        """Take the users let in before codes were recorded (schema v8) as let in with this one."""
        self.db.execute(
            "update users set granted_code = ? where granted = 1 and granted_code is null",
            [code_digest],
        )
