"""The answer refused mid-figure that a draft remembers for its rest (flows/cut_figures.py):
only the next words typed may continue it, so anything else the engineer does forgets it."""

from sqlite_utils import Database

CURRENT = "(select current_draft from users where id = ?)"


class CutFigures:
    """The drafts' `cut_figure` column, for the draft store."""

    db: Database

    def drop_cut_figure(self, user_id: int) -> None:
        """A press, a command or anything but typed words since. Read before written: this
        runs on every such update, and a write is a transaction."""
        waiting = f"select 1 from drafts where id = {CURRENT} and cut_figure is not null"
        if self.db.execute(waiting, [user_id]).fetchone():
            self.db.execute(f"update drafts set cut_figure = null where id = {CURRENT}", [user_id])
