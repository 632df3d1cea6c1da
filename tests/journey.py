"""One engineer's way through the whole intake, shared by the tests and the benchmark."""

from tests.fake_bot_api import FakeUser

PAIN = "电池包下线前需人工插拔数百伏高压测试插头，存在打火风险，多品种小批量难以自动化。"
INDICATORS = "识别准确率不低于98%，插接位置精度≤±0.5mm，单次插拔节拍≤15秒，成功率不低于99%。"
RESULTS = "替代2名测试工人，测试效率提升30%。"

# ("send", text) types a message; ("press", label) taps a button. Valid answers throughout.
JOURNEY = (
    ("send", "/start"), ("press", "江苏省工业和信息化厅"), ("press", "苏州市"),
    ("send", "苏州恒远动力电池有限公司"), ("send", "恒远工厂电池测试—柔性插接"),
    ("press", "电子信息制造业"), ("send", "动力电池"),
    ("send", PAIN), ("send", INDICATORS), ("send", RESULTS),
    ("press", "工业"), ("press", "☐ 人形机器人"), ("press", "轮式"), ("press", "完成"),
    ("send", "恒远机器人有限公司、启明智能科技有限公司"), ("send", "东南大学"),
    ("press", "☐ 完成本单位内同类场景复制部署"), ("press", "完成"), ("send", "十台"),
    ("send", "恒远具身智能操作大模型"), ("press", "⏭ 跳过"), ("press", "⏭ 跳过"),
    ("send", "恒远灵巧手"),
)
# How many moves of the journey lead to a question.
AT_ENTERPRISE = 3
AT_SCENARIO_NAME = 4
AT_INDICATORS = 8
AT_SCENARIO_TYPE = 10


async def walk(user: FakeUser, moves: int = len(JOURNEY), start: int = 0) -> None:
    """Make the journey's moves from `start` until move `moves` (all of them: up to the
    summary card)."""
    for kind, value in JOURNEY[start:moves]:
        await (user.send(value) if kind == "send" else user.press(value))


async def fill_to_summary(user: FakeUser) -> None:
    await walk(user)
