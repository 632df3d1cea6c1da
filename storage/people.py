"""Who may do what: coordinators with their city scope, and engineers let in by the access code."""

from dataclasses import dataclass

from sqlite_utils import Database

PROVINCE = "*"  # a coordinator's scope covering every city
# Who owns what is typed in the terminal or imported from a file: nobody with a Telegram chat.
TERMINAL_USER = 0


@dataclass(frozen=True)
class Coordinator:
    user_id: int
    city: str  # a city name, or PROVINCE

    def covers(self, city: str | None) -> bool:
        return self.city == PROVINCE or self.city == city

    @property
    def scope_label(self) -> str:
        return "全省" if self.city == PROVINCE else self.city


class People:
    def __init__(self, db: Database, now):
        self.db = db
        self.now = now

    def coordinator(self, user_id: int) -> Coordinator | None:
        row = self.db.execute(
            "select user_id, city from coordinators where user_id = ?", [user_id]
        ).fetchone()
        return Coordinator(*row) if row else None

    def coordinators(self) -> list[Coordinator]:
        rows = self.db.execute("select user_id, city from coordinators order by user_id")
        return [Coordinator(*row) for row in rows]

    def covering(self, city: str | None) -> list[Coordinator]:
        return [c for c in self.coordinators() if c.covers(city)]

    def add_coordinator(self, user_id: int, city: str = PROVINCE, source: str = "cli") -> None:
        self.db.execute(
            "insert into coordinators (user_id, city, source, added_at) values (?, ?, ?, ?) "
            "on conflict(user_id) do update set city = excluded.city, source = excluded.source",
            [user_id, city, source, self.now()],
        )

    def remove_coordinator(self, user_id: int) -> bool:
        return self.db.execute("delete from coordinators where user_id = ?", [user_id]).rowcount > 0

    def sync_configured(self, configured: list[Coordinator]) -> None:
        """Make the configured coordinators exactly those marked as coming from configuration."""
        with self.db.atomic():
            self.db.execute("delete from coordinators where source = 'config'")
            for coordinator in configured:
                self.add_coordinator(coordinator.user_id, coordinator.city, source="config")

    def granted(self, user_id: int) -> bool:
        row = self.db.execute("select granted from users where id = ?", [user_id]).fetchone()
        return bool(row and row[0])

    def grant(self, user_id: int) -> None:
        self.db.execute("update users set granted = 1 where id = ?", [user_id])
