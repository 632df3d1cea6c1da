"""A spreadsheet or document sent in the chat: the bot reads no files, and says so plainly,
since an engineer who has already filled in the 工作计划表 sends it expecting it to count."""

from pathlib import PurePath

# What people send when they mean a filled-in row: Excel, WPS, Word, PDF and their kin.
TABLE_SUFFIXES = frozenset({".xlsx", ".xls", ".xlsm", ".et", ".ett", ".csv", ".ods",
                            ".doc", ".docx", ".wps", ".odt", ".pdf"})
# Not pointing to a coordinator's import: an engineer with a draft here would hand in one
# scenario twice.
FOR_ENGINEER = ("收到文件“{name}”，机器人不读取文件内容，文件没有保存。场景请在这里按问题逐项填写，"
                "文件中已写好的内容可以复制后粘贴发送。")
FOR_COORDINATOR = ("收到文件“{name}”，机器人不读取聊天中发送的文件。检查或导入报送的工作计划表，"
                   "请在运行机器人的电脑上用 scenario-intake lint 或 scenario-intake import"
                   "（见 docs/导入与检查.md），或交给管理员处理。")


def file_not_read(name: str | None, coordinator: bool) -> str | None:
    """What to say of a file named `name`, None for a photo or a file nobody sends as a row."""
    if not name or PurePath(name).suffix.lower() not in TABLE_SUFFIXES:
        return None
    return (FOR_COORDINATOR if coordinator else FOR_ENGINEER).format(name=name)
