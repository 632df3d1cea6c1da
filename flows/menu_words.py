"""The bot's own menu words typed without their slash: an engineer who reads 我的草稿 in the
command menu, or 新建草稿 on a button, and types it means the command, never an answer (a
company called 帮助 does not exist; 帮助中心有限公司 is not the word alone, and stays an answer)."""

import re
import unicodedata

# The command menu's descriptions (bot/commands.py), the buttons' and the help's words, and the
# plain ways of asking for the same; and their former words (新建场景草稿, 我的草稿), still typed.
COMMAND_OF = {
    "开始或继续填写": "start",
    "新建场景": "new",
    "新建场景草稿": "new",
    "新建草稿": "new",
    "我的场景": "drafts",
    "我的草稿": "drafts",
    "草稿列表": "drafts",
    "查看草稿": "drafts",
    "查看我的草稿": "drafts",
    "使用说明": "help",
    "帮助": "help",
}
# The coordinator menu's descriptions, whole: no answer is ever one of them, so whoever types one
# means its command (one who is no coordinator is told so, as for /review). Short words such as
# 统计 or 导出 are not among them: they could be the start of an answer.
COORDINATOR_COMMAND_OF = {
    "待审核场景": "review",
    "填报进度与达标情况": "stats",
    "长期未更新的草稿": "stale",
    "场景历史记录": "history",
    "导出工作计划表xlsx": "export",
    "导出工作计划表": "export",
}
# The terminal trial's commands for the navigation buttons (bot/terminal.py), sent in Telegram
# by engineers who tried it: each is its button's word typed, acting where that button is shown.
NAVIGATION_COMMANDS = {"back": "上一步", "skip": "跳过", "keep": "保持不变", "clear": "清空此项",
                       "pause": "暂停"}
MARKS = "➕📖🗂"  # the buttons' and the help's own marks, typed with their words
TRAILING = "。.！!？?～~"
# The slash as a Chinese input method types it (、, or ／ read as / once full-width is plain),
# before one of the bot's own command names: ／start, 、help.
SLASHED = re.compile(r"[/、]([a-z]+)")


def command_named(text: str, coordinators: bool = False) -> str | None:
    """The command a whole message names, only by one of its exact words (spaces aside), with at
    most the punctuation ending a message: start, new, drafts or help, and with `coordinators`
    (where the review commands can run) one of theirs too; or by its name after a slash typed
    with a Chinese input method on (、help), which Telegram does not take for a command."""
    word = text.strip().lstrip(MARKS).strip().rstrip(TRAILING)
    word = unicodedata.normalize("NFKC", re.sub(r"\s+", "", word)).lower()
    named = {**COMMAND_OF, **(COORDINATOR_COMMAND_OF if coordinators else {})}
    if (slashed := SLASHED.fullmatch(word)) and slashed[1] in named.values():
        return slashed[1]
    return named.get(word)
