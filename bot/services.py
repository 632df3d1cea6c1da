"""Wiring: one database, the stores on it, and the services the bot, terminal and CLI call."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from bot.access import Access
from bot.coordinator_replies import Replies
from bot.exporting import Exports
from bot.followups import Followups
from bot.intake import Intake
from bot.review import Reviews
from bot.settings import Settings
from flows.configuration import configure
from flows.navigation import Questionnaire
from storage.drafts import DraftStore, utc_now
from storage.people import People
from storage.reviews import ReviewStore
from storage.schema import open_database


@dataclass(frozen=True)
class Services:
    settings: Settings
    intake: Intake
    reviews: Reviews
    followups: Followups
    access: Access
    exports: Exports
    replies: Replies  # the engineer's words for the coordinator who returned a draft


def build_services(settings: Settings, clock: Callable[[], datetime] = utc_now) -> Services:
    drafts = DraftStore(open_database(settings.db), clock)
    people = People(drafts.db, drafts.now)
    people.sync_configured(list(settings.coordinators))
    survey = Questionnaire(configure(settings.submitting_unit, settings.cities))
    reviews = Reviews(survey, ReviewStore(drafts), people)
    access = Access(people, settings.access_code)
    access.date_earlier_grants()
    intake = Intake(survey, drafts, reviews)
    return Services(
        settings,
        intake,
        reviews,
        Followups(survey, reviews.store, people),
        access,
        Exports(reviews.store, people, settings.cities, survey.words()),
        Replies(intake),
    )
