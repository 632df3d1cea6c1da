"""The bot's own menu words typed without their slash: an engineer who reads 我的草稿 in the
command menu, or 新建草稿 on a button, and types it means the command, never an answer (a
company called 帮助 does not exist; 帮助中心有限公司 is not the word alone, and stays an answer)."""

# The command menu's descriptions (bot/commands.py), the buttons' and the help's words, and the
# plain ways of asking for the same.
COMMAND_OF = {
    "开始或继续填写": "start",
    "新建场景草稿": "new",
    "新建草稿": "new",
    "我的草稿": "drafts",
    "草稿列表": "drafts",
    "查看草稿": "drafts",
    "查看我的草稿": "drafts",
    "使用说明": "help",
    "帮助": "help",
}
MARKS = "➕📖🗂"  # the buttons' and the help's own marks, typed with their words
TRAILING = "。.！!？?～~"


def command_named(text: str) -> str | None:
    """The command (start, new, drafts, help) a whole message names, only by one of its exact
    words, with at most the punctuation ending a message."""
    word = text.strip().lstrip(MARKS).strip().rstrip(TRAILING).strip()
    return COMMAND_OF.get(word)
