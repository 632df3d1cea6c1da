"""Configuration from the environment (prefix INTAKE_) or a `.env` file."""

import codecs
import difflib
import os
import re
from pathlib import Path
from typing import Annotated

from dotenv import dotenv_values
from pydantic import (
    Field,
    SecretStr,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.city_setting import city_entry_problem
from flows.counties import prefecture_named
from flows.deployment_words import words_of
from flows.place_spellings import (
    PROVINCE_PREFIX,
    cities_named,
    own_municipality,
    without_own_province,
)
from flows.places import home_of, resolve
from flows.questionnaire import JIANGSU_CITIES
from flows.units import submitting_unit_problem
from storage.people import PROVINCE, Coordinator, user_id_problem

PREFIX = "INTAKE_"
# How a place's name ends when written in full: a prefecture's (苏州 and 杭州 end in 州 but are
# short), or a district's or a county's where a municipality lists those (浦东新区, 神农架林区,
# 陵水黎族自治县, 额济纳旗).
FULL_NAME_ENDINGS = ("市", "自治州", "盟", "地区", "区", "县", "旗")
# Between the items of a list setting (cities, coordinators), and of a --city given two cities.
LIST_SPLIT = re.compile(r"[,，、;；/\s]+")
QUOTES = ("\"", "'")
# pydantic's own wording of a bad value, said in Chinese for the operator.
REASONS = {
    "greater_than_equal": "须不小于 {ge}",
    "less_than_equal": "须不大于 {le}",
    "int_parsing": "须为整数",
    "float_parsing": "须为数字",
    "string_too_short": "至少 {min_length} 个字符",
    "string_too_long": "最多 {max_length} 个字符",
}
DEFAULT_API_URL = "https://api.telegram.org"


class SettingsError(ValueError):
    """A setting is missing or malformed; the message is one line for the operator."""


class ManyCities(ValueError):
    """Two cities or more where one is meant: /stats says so, not that they are no city."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix=PREFIX, env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    telegram_token: SecretStr | None = None
    telegram_api_url: str = DEFAULT_API_URL
    db: Path = Path("data/intake.db")
    submitting_unit: str = Field("江苏省工业和信息化厅", min_length=2, max_length=60)
    cities: Annotated[tuple[str, ...], NoDecode] = JIANGSU_CITIES
    log_level: str = "INFO"
    coordinators: Annotated[tuple[Coordinator, ...], NoDecode] = ()
    access_code: str | None = Field(None, min_length=4, max_length=64)
    reminder_days: int = Field(3, ge=1, le=60)
    reminder_check_minutes: int = Field(60, ge=1, le=1440)
    review_digest_hours: int = Field(24, ge=1, le=720)
    send_rate: float = Field(30, ge=0, le=1000)  # messages a second to Telegram; 0: no limit

    @model_validator(mode="before")
    @classmethod
    def trimmed(cls, values: object) -> object:
        """Every text value without the spaces and quotes around it, and a blank one as unset.
        A .env line loses them, the environment keeps them: the \\r of a CRLF file sourced in
        bash, a pasted trailing space, the quotes `docker --env-file` passes on. Kept, a token
        is refused by Telegram and a database path names another file. A line left blank in a
        .env copied from a template (`INTAKE_DB=`) is as good as no line."""
        if not isinstance(values, dict):
            return values
        trimmed = {key: bare(value) if isinstance(value, str) else value
                   for key, value in values.items()}
        return {key: value for key, value in trimmed.items() if value != ""}

    @field_validator("coordinators", mode="before")
    @classmethod
    def parse_coordinators(cls, value: object) -> object:
        """`111:*,222:苏州市`: Telegram user ids, each with an optional city scope. Whatever the
        rule cannot read is refused, never dropped: a dropped part would change who reviews."""
        if not isinstance(value, str):
            return value
        parsed: dict[int, Coordinator] = {}
        for item in (part.strip() for part in LIST_SPLIT.split(value)):
            if not item:
                continue
            user, colon, city = item.replace("：", ":").partition(":")  # a Chinese keyboard's
            if not user.isdecimal() or (colon and (not city.strip() or ":" in city)):
                raise ValueError(f"“{item}”不是 用户ID 或 用户ID:城市 的形式")
            if problem := user_id_problem(int(user)):
                raise ValueError(f"用户 ID {user} {problem}")
            if int(user) in parsed:
                raise ValueError(f"用户 ID {user} 出现了不止一次，请只保留一项")
            parsed[int(user)] = Coordinator(int(user), city.strip() or PROVINCE)
        return tuple(parsed.values())

    @field_validator("coordinators")
    @classmethod
    def known_cities(
        cls, value: tuple[Coordinator, ...], info: ValidationInfo
    ) -> tuple[Coordinator, ...]:
        """A city scope as entries spell it (苏州 → 苏州市): a scope no entry can match would
        leave its coordinator with an empty queue and no word why."""
        cities = info.data.get("cities", JIANGSU_CITIES)
        own = info.data.get("submitting_unit", "")
        return tuple(
            c if c.city == PROVINCE else Coordinator(c.user_id, city_scope(c.city, cities, own))
            for c in value
        )

    @field_validator("cities", mode="before")
    @classmethod
    def split_cities(cls, value: object) -> object:
        """The cities spelt in full, as entries and coordinators spell them: 苏州 is 苏州市,
        whose counties (昆山 …) are then filed under it, 阿坝州 or 阿坝 阿坝藏族羌族自治州,
        锡林郭勒 锡林郭勒盟. A name the country's prefectures do not spell that is already in
        full (浦东新区, 陵水黎族自治县) is kept: 浦东新区市 would be stored on the official row."""
        if isinstance(value, str):
            value = tuple(city for city in LIST_SPLIT.split(value) if city)
        if not value:
            raise ValueError("至少需要一个城市，多个城市用逗号分隔")
        if problem := next(filter(None, map(city_entry_problem, value)), None):
            raise ValueError(problem)
        return tuple(dict.fromkeys(prefecture_named(city) or (
            city if city.endswith(FULL_NAME_ENDINGS) else f"{city}市") for city in value))

    @field_validator("access_code")
    @classmethod
    def typeable_code(cls, value: str | None) -> str | None:
        """Engineers type the code, or open it in a t.me/...?start= link, which Telegram only
        passes on when it is made of these characters."""
        if value is not None and not re.fullmatch(r"[A-Za-z0-9_-]+", value):
            raise ValueError("只能由英文字母、数字、- 和 _ 组成（区分大小写）")
        return value

    @field_validator("submitting_unit")
    @classmethod
    def unit_name(cls, value: str) -> str:
        """The default unit is a button engineers press: it must pass the rule typed ones do."""
        if submitting_unit_problem(value, own=value):
            raise ValueError("须为省级工业和信息化主管部门或中央企业集团的全称")
        return value

    @field_validator("telegram_api_url")
    @classmethod
    def http_url(cls, value: str) -> str:
        if not re.match(r"^https?://[^\s/]+", value):
            raise ValueError("须为 http(s) 地址，例如 https://api.telegram.org")
        return value.rstrip("/")

    @field_validator("send_rate")
    @classmethod
    def whole_messages(cls, value: float) -> float:
        """The limiter cannot hold less than one message a period: below 1 nothing is sent."""
        if 0 < value < 1:
            raise ValueError("须为 0（不限速）或 1 到 1000 之间的数")
        return value

    @field_validator("log_level")
    @classmethod
    def known_level(cls, value: str) -> str:
        if value.upper() not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise ValueError("须为 DEBUG、INFO、WARNING 或 ERROR")
        return value.upper()


def bare(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in QUOTES:
        value = value[1:-1].strip()
    return value


def city_scope(typed: str, cities: tuple[str, ...], own_unit: str = "") -> str:
    """A coordinator's or an export's city, as entries spell it; `*` for the province. One city
    only: `苏州市,南京市` would otherwise be read as its first city, and 南京市 dropped unseen.
    Read as the chat reads it: in a municipality (`own_unit` 上海市…) 上海市浦东新区 is 浦东新区."""
    words = words_of(own_unit)
    if typed.strip() in whole_names(own_unit):
        return PROVINCE
    home = home_of(own_unit)
    parts = [part for part in LIST_SPLIT.split(typed)
             if part and not own_province_named(part, cities, own_unit)]
    named = cities_named(without_own_province(re.sub(r"\s+", "", typed), home, cities), cities)
    if len(parts) > 1 or len(named) > 1:
        raise ManyCities(f"一次只能指定一个城市（收到“{typed}”），多个城市请分别执行")
    city = resolve(without_own_province(parts[0], home, cities), cities, home) if parts else None
    if city is None:
        raise ValueError(f"“{typed}”{words.unlisted}（可选：{'、'.join(cities)}）")
    return city


def whole_names(own_unit: str) -> tuple[str, ...]:
    """What names every city of the deployment at once: `*`, 全省 anywhere, and in a
    municipality its own whole (全市) and its own name (上海市, 上海), which are none of its
    districts: the texts that offer 全市 must not refuse it when it is typed back."""
    home = own_municipality(home_of(own_unit))
    own_names = (home, home.removesuffix("市")) if home else ()
    return (PROVINCE, "全省", words_of(own_unit).whole, *own_names)


def own_province_named(typed: str, cities: tuple[str, ...], own_unit: str) -> bool:
    """江苏省, 江苏: the deployment's own province by name, said before a city (江苏省 苏州市) or
    for the whole at /stats; never a city so named (吉林 is 吉林市 in Jilin, 吉林省 the province),
    nor a scope granted by a place's name, which `*` alone grants."""
    home, name = home_of(own_unit), typed.strip()
    return bool(home and name.startswith(home) and PROVINCE_PREFIX.fullmatch(name)
                and resolve(name, cities, home) is None)


def env_file_encoding(env_file: object) -> str:
    """How the .env file is to be read: UTF-8, or UTF-16 when it begins with the byte order
    mark Notepad writes for "Unicode". Any other encoding (GBK, Notepad's "ANSI") is refused in
    one line naming the file: guessed, a city could be read as other characters unseen."""
    path = None if env_file is None else Path(str(env_file))
    if path is None or not path.is_file():
        return "utf-8"
    content = path.read_bytes()
    if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        raise SettingsError(f"配置错误：{env_file} 文件不是 UTF-8 编码，无法读取。请把它另存为 "
                            "UTF-8 编码（记事本：“另存为”，编码选“UTF-8”）。") from None
    return "utf-8"


def unknown_names(env_file: object, encoding: str) -> list[tuple[str, str]]:
    """INTAKE_ names set in the environment or the .env file that are no setting, with where
    each was found. pydantic's `extra="forbid"` cannot say this: the environment is only read
    for known names, and in a .env file it would also refuse lines other programs keep there."""
    found = {name: "环境变量" for name in os.environ}
    if env_file is not None and Path(str(env_file)).is_file():
        found |= {name: f" {env_file} 文件"
                  for name in dotenv_values(str(env_file), encoding=encoding)}
    known = known_names()
    return sorted((name, where) for name, where in found.items()
                  if name.upper().startswith(PREFIX) and name.upper() not in known)


def known_names() -> list[str]:
    return [PREFIX + name.upper() for name in Settings.model_fields]


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment; a bad value raises `SettingsError` with one clear line.

    A misspelt name (INTAKE_ACESS_CODE) is refused rather than ignored: ignored, it would
    leave the setting at its default, here a bot open to anyone.
    """
    given = {k: v for k, v in overrides.items() if v is not None or k.startswith("_")}
    env_file = given.get("_env_file", Settings.model_config["env_file"])
    given["_env_file_encoding"] = env_file_encoding(env_file)
    if unknown := unknown_names(env_file, given["_env_file_encoding"]):
        name, where = unknown[0]
        # compared without the prefix every name shares, which would make any two look alike
        guess = difflib.get_close_matches(name.upper().removeprefix(PREFIX),
                                          [n.upper() for n in Settings.model_fields], n=1)
        hint = f"，是否想写 {PREFIX}{guess[0]}？" if guess else "。"
        raise SettingsError(f"配置错误：没有 {name} 这项设置（在{where}中）{hint}"
                            f"可用的设置：{'、'.join(known_names())}")
    try:
        return Settings(**given)
    except ValidationError as error:
        first = error.errors()[0]
        name = PREFIX + "_".join(str(part) for part in first["loc"][:1]).upper()
        template = REASONS.get(first["type"])
        reason = (template.format(**first.get("ctx", {})) if template
                  else first["msg"].removeprefix("Value error, "))
        raise SettingsError(f"配置错误：{name} 无效：{reason}") from None
