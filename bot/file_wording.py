"""How a chat refusal is worded for a file: the rule's verdict kept, the chat's advice (buttons,
steps, 没有保存, 重新发送) swapped for what to write in the cell. `import` and `lint` are read by
an operator with a spreadsheet open, where nothing was saved and no button is shown."""

import re

from flows.rules import REPLY_NOT_A_MEMBER

# What the text rules tell a chat user to do, and what to do in a cell instead. A rule reworded
# in the chat is caught by tests/test_import.py, which looks for chat words in file problems.
CHAT_ADVICE: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(chat), cell) for chat, cell in (
        (r"选填项不填请点“跳过”", "选填项不填请留空"),
        (r"没有就不用填写（点“跳过”）", "没有就不写这一项"),
        (r"您输入了 (\d+) 字，请精简后重新发送", r"现有 \1 字，请精简"),
        (r"省内场景请点击所属设区市（区、县、园区也请选所属的市）",
         "省内场景请写所属设区市（区、县、园区也写所属的市）"),
        (r"本市场景请点击选择所在的区", "本市场景请写所在的区"),
        (r"请点击选择场景所在的区", "请写场景所在的区"),  # the municipality alone
        # A unit's name beginning with a county's brand-like name (flows/county_brands.py).
        (r"请点击场景所在的(设区市|区)（在([^（）]+)的请点“([^”]+)”）",
         r"请写成“所在\1/企业全称”（在\2的写“\3/企业全称”）"),
        (r"请点击下方按钮选择所属行业，或输入行业名称", "请填写所属行业名称"),
        (r"报送单位请点击下方按钮确认；由中央企业集团报送的，请输入集团全称",
         "请填写{level}工业和信息化主管部门或中央企业集团的全称"),  # 省级, 市级
        (r"请点击下方按钮确认(“[^”]*”)", r"请填\1"),  # a city's bureau for the province's
        # A count typed as a product: the chat's later step and summary page are a column.
        (r"，没有保存。本题填写", "。本列填写"),
        (r"部署的台数在第 \d+ 步“部署总数”填写[^。]*。", "台数请填在“部署总数”一列。"),
        # A word the members column has no kind for, before a name: the cell's two kinds.
        (r"，单位名称前后不写类别。.*请只发送单位名称。",
         "。本列只分两类，请写成“整机企业（或应用服务商）：A、B 其他：C”，"
         "不是整机企业的成员（如合作企业、用户单位、运营商）写在“其他：”之后。"),
        # A reply to the bot (好的) where the members are: the chat's buttons are not the file's.
        (re.escape(REPLY_NOT_A_MEMBER.removeprefix("“{text}”不是单位名称")),
         "。请在本列填写联合体成员单位的全称，"
         "如“整机企业（或应用服务商）：优必选科技股份有限公司 其他：东南大学”。"),
        # A university under 其他 among the products: the cell's place for it is a column.
        (r"请在第 \d+ 步“其他成员”填写。", "请写在“创新应用联合体成员”一列的“其他：”之后。"),
        # The product before a refused 其他 item: the row is refused whole, not it alone.
        (r"写在前面的“[^”]*”也没有保存，请改好后重新发送。", ""),
        # What to keep of a unit written with contact details or a member's task.
        (r"请只发送", "请只填写"),
        (r"后重新发送", "后重新填写"),
        # What the chat adds to a refusal, which a file's operator has no use for: the answer
        # was never saved in a file, whose cells hold both parts of a unit and a direction.
        (r"参与的单位请在第 \d+ 步“创新应用联合体成员”填写。",
         "参与的单位请写在“创新应用联合体成员”一列。"),
        (r"所在城市在上一步已填写；", "所在城市写在“/”之前；"),
        (r"[，,]?或点击下方按钮选择", ""),
        (r"细分方向只填方向名称，如“动力电池”；没有可跳过。",
         "细分方向只写方向名称，如“汽车制造/动力电池”；没有就只写所属行业。"),
        (r"这里需要文字说明", "需要文字说明"),
        # A unit's name with its seal note (比亚迪（盖章）): the name is what is too short.
        (r"“([^”]+?)([（(【\[]盖章[）)】\]])”太短，", r"“\1”太短（“\2”不是名称的一部分），"),
        (r"本题要填的是", "本列要填的是"),
        (r"；这里请填写", "；本列请填写"),
        (r"，没有保存([。：；])", r"\1"),
        (r"，没有保存", ""),
    )
)


def for_the_file(message: str, level: str) -> str:
    """`message` (a chat refusal) as advice for the cell; `level` (省级, 市级) names the
    deployment's department."""
    for chat, cell in CHAT_ADVICE:
        message = chat.sub(cell.format(level=level), message)
    return message
