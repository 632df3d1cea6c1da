"""Whole cells pasted at one question are split at their labels: a description (numbered or
bracketed lists too, numbers dropped), a consortium, the technical products."""

import pytest

from flows.pastes import parse_pasted_description
from tests.fake_bot_api import FakeUser, texts
from tests.journey import AT_ENTERPRISE, AT_INDICATORS, INDICATORS, JOURNEY, PAIN, RESULTS, walk

NUMBERED = [
    ("1、", "2、", "3、"), ("1.", "2.", "3."), ("（1）", "（2）", "（3）"), ("①", "②", "③"),
    ("一、", "二、", "三、"), ("（一）", "（二）", "（三）"),
]


def saved(app, engineer) -> tuple[str, ...]:
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    return tuple(answers.get(key) for key in ("pain_point", "indicators", "expected_results"))


@pytest.mark.parametrize("numbers", NUMBERED)
async def test_a_numbered_description_fills_each_part_without_its_numbers(engineer, app, numbers):
    await walk(engineer, AT_INDICATORS - 1)
    first, second, third = numbers
    calls = await engineer.send(f"{first}现状：{PAIN}\n{second}技术指标：{INDICATORS}\n"
                                f"{third}预期成效：{RESULTS}")
    assert texts(calls)[0].startswith("已把这条消息分别填入：现状与痛点、技术指标、预期成效。")
    assert saved(app, engineer) == (PAIN, INDICATORS, RESULTS)


# Bullets as Word copies them (Wingdings ➢ arrives as Ø), with or without a space after.
BULLETS = ["● ", "●", "- ", "· ", "•\t", "■", "◆", "➢", "Ø\t", "Ø"]


@pytest.mark.parametrize("bullet", BULLETS)
async def test_a_bulleted_description_fills_each_part_without_its_bullets(engineer, app, bullet):
    await walk(engineer, AT_INDICATORS - 1)
    calls = await engineer.send(f"{bullet}现状及痛点：{PAIN}\n{bullet}技术指标：{INDICATORS}\n"
                                f"{bullet}预期效益：{RESULTS}")
    assert texts(calls)[0].startswith("已把这条消息分别填入：现状与痛点、技术指标、预期成效。")
    assert saved(app, engineer) == (PAIN, INDICATORS, RESULTS)


@pytest.mark.parametrize("bullet", ["● ", "- ", "Ø"])
async def test_a_bulleted_description_whose_first_item_has_no_label_loses_its_bullet(
        engineer, app, bullet):
    await walk(engineer, AT_INDICATORS - 1)
    await engineer.send(f"{bullet}{PAIN}\n{bullet}技术指标：{INDICATORS}\n{bullet}预期成效：{RESULTS}")
    assert saved(app, engineer) == (PAIN, INDICATORS, RESULTS)


async def test_bullets_under_each_label_are_left_out_of_the_parts_and_the_echo(engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    calls = await engineer.send(
        f"场景痛点：\n● {PAIN}\n技术指标：\n● 料箱识别准确率不低于99%\n●单箱搬运节拍≤12秒\n"
        f"Ø\t连续运行≥8小时无故障\n- -20℃环境下正常工作\nØ 50mm管道内壁定位精度±0.1mm\n"
        f"预期成效：\n• {RESULTS}")
    assert texts(calls)[0].startswith("已把这条消息分别填入：现状与痛点、技术指标、预期成效。\n"
                                      "已识别指标：料箱识别准确率 ≥ 99%；单箱搬运节拍 ≤ 12 秒；")
    assert saved(app, engineer) == (
        PAIN, "料箱识别准确率不低于99%\n单箱搬运节拍≤12秒\n连续运行≥8小时无故障\n-20℃环境下正常工作\n"
        "Ø 50mm管道内壁定位精度±0.1mm",
        RESULTS)


@pytest.mark.parametrize("numbers", [("", "", ""), *NUMBERED, ("● ", "● ", "● ")])
async def test_headings_alone_on_their_lines_split_a_pasted_description(engineer, app, numbers):
    await walk(engineer, AT_INDICATORS - 1)
    first, second, third = numbers
    calls = await engineer.send(f"{first}现状与痛点\n{PAIN}\n{second}技术指标 \n{INDICATORS}\n"
                                f"{third}预期成效\n{RESULTS}")
    assert texts(calls)[0].startswith("已把这条消息分别填入：现状与痛点、技术指标、预期成效。")
    assert saved(app, engineer) == (PAIN, INDICATORS, RESULTS)


async def test_a_line_beginning_with_a_label_word_is_no_heading(engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    pain = f"{PAIN}\n技术指标要求较高，人工难以达到。\n预期成效不明显"
    calls = await engineer.send(pain)
    assert saved(app, engineer) == (pain, None, None)
    assert "\n关键技术指标：" in texts(calls)[-1]


async def test_a_numbered_description_whose_first_item_has_no_label_loses_its_number(engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    await engineer.send(f"1、{PAIN}\n2、技术指标：{INDICATORS}\n3、预期成效：{RESULTS}")
    assert saved(app, engineer) == (PAIN, INDICATORS, RESULTS)


async def test_labels_in_brackets_split_a_pasted_description(engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    await engineer.send(f"【现状】{PAIN}\n【技术指标】{INDICATORS}\n【预期成效】：{RESULTS}")
    assert saved(app, engineer) == (PAIN, INDICATORS, RESULTS)


async def test_a_numbered_paste_at_the_indicators_question_leaves_no_number_behind(engineer, app):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(f"{INDICATORS}\n2. 预期成效：{RESULTS}")
    assert saved(app, engineer) == (PAIN, INDICATORS, RESULTS)


AT_MAKERS, AT_MODELS = 14, 19


async def test_a_consortium_pasted_at_the_makers_question_fills_makers_and_partners(engineer):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send("整机企业：优必选科技股份有限公司、恒远机器人有限公司 其他：东南大学")
    assert texts(calls)[0].startswith("已把这条消息分别填入：整机企业、其他成员（东南大学）。")
    await walk(engineer, start=AT_MAKERS + 2)
    assert ("8. 创新应用联合体成员：整机企业（或应用服务商）：优必选科技股份有限公司、恒远机器人有限公司 "
            "其他：东南大学") in engineer.last_text()


async def test_technical_products_pasted_at_the_first_question_fill_each_product(engineer):
    await walk(engineer, AT_MODELS)
    calls = await engineer.send("模型算法：汇川大模型\n关键零部件：灵巧手、六维力传感器")
    assert texts(calls)[0] == "已把这条消息分别填入：模型算法（汇川大模型）、关键零部件（灵巧手、六维力传感器）。"
    assert texts(calls)[-1].startswith("📋 请核对场景")
    assert "11. 可规模推广的其他标志性技术产品：模型算法：汇川大模型 关键零部件：灵巧手、六维力传感器" in (
        texts(calls)[-1])


async def test_technical_products_pasted_with_shortened_labels_fill_each_product(engineer):
    await walk(engineer, AT_MODELS)
    calls = await engineer.send("算法：恒远大模型，零部件：灵巧手")
    assert texts(calls)[0] == "已把这条消息分别填入：模型算法（恒远大模型）、关键零部件（灵巧手）。"
    assert "模型算法：恒远大模型 关键零部件：灵巧手" in texts(calls)[-1]


async def test_another_products_label_typed_at_a_later_product_question_fills_that_product(
        engineer, app):
    await walk(engineer, AT_MODELS)
    await engineer.press("⏭ 跳过")
    calls = await engineer.send("操作系统：恒远OS 关键零部件：恒远灵巧手")
    assert texts(calls)[0] == "已把这条消息分别填入：操作系统（恒远OS）、关键零部件（恒远灵巧手）。"
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    assert (answers["operating_system"], answers["key_components"]) == ("恒远OS", "恒远灵巧手")


async def test_a_label_inside_brackets_is_part_of_the_answer(engineer, app):
    await walk(engineer, AT_MODELS)
    for _ in range(3):
        await engineer.press("⏭ 跳过")
    await engineer.send("恒远灵巧手（12自由度，算法：自研抓取算法）")
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    assert answers["key_components"] == "恒远灵巧手（12自由度，算法：自研抓取算法）"
    assert "model_algorithm" not in answers


async def test_an_earlier_product_replaced_by_a_label_typed_later_is_said_with_its_old_words(
        engineer):
    await walk(engineer, AT_MODELS + 1)  # 模型算法 answered
    calls = await engineer.send("模型算法：恒远VLA")
    assert "模型算法原来的答案“恒远具身智能操作大模型”已替换为这次填入的内容。" in texts(calls)[0]


def test_a_label_in_a_bracket_closed_on_a_later_line_is_part_of_the_answer():
    parts = parse_pasted_description("痛点：人工巡检（夜间为主，\n技术指标：无）\n预期成效：降本30%")
    assert parts == {"pain_point": "人工巡检（夜间为主，\n技术指标：无）", "expected_results": "降本30%"}


def test_a_bracket_left_open_hides_no_label_on_the_next_line():
    parts = parse_pasted_description("依赖人工插拔（目前人工，技术指标：无，有打火风险。\n技术指标：识别准确率不低于98%。")
    assert parts == {"pain_point": "依赖人工插拔（目前人工，技术指标：无，有打火风险。", "indicators": "识别准确率不低于98%。"}


async def test_an_earlier_answer_restated_with_a_full_stop_is_not_called_replaced(engineer):
    await walk(engineer, AT_MODELS + 1)
    calls = await engineer.send("模型算法：恒远具身智能操作大模型。操作系统：恒远OS")
    assert "已替换" not in texts(calls)[0]


# The journey's typed answers, each written after its question's own label, by move number.
LABELLED_MOVES = {3: "用户单位：", 4: "场景名称：", 6: "【细分方向】", 9: "预期成效：", 15: "其他成员：",
                  18: "部署总数：", 22: "关键零部件："}


async def test_an_answer_typed_after_its_own_label_is_saved_without_the_label(engineer, app, telegram):
    await walk(engineer)
    plain_card = engineer.last_text()
    other = FakeUser(app, telegram, 2002, "李工")
    for move, (kind, value) in enumerate(JOURNEY):
        if kind == "send" and move in LABELLED_MOVES:
            await other.send(LABELLED_MOVES[move] + value)
        else:
            await (other.send(value) if kind == "send" else other.press(value))
    assert other.last_text().split("\n", 1)[1] == plain_card.split("\n", 1)[1]


@pytest.mark.parametrize(("pain", "indicators", "results"), [
    ("一、现状及痛点：", "二、关键技术指标：", "三、预期效益："), ("现状和痛点：", "主要技术指标：", "预期效益："),
    ("现状：", "性能指标：", "经济效益："), ("存在问题：", "主要指标：", "预期收益："),
    ("1、", "2、技术参数：", "3、经济效益："), ("现状：", "2. 技术参数：", "3. 经济效益："),
    ("1、场景痛点：", "2、技术指标：", "3、预期成效："), ("场景现状与痛点：", "技术指标：", "预期成效："),
])
async def test_a_description_labelled_in_other_common_words_is_split_too(
        engineer, app, pain, indicators, results):
    await walk(engineer, AT_INDICATORS - 1)
    await engineer.send(f"{pain}{PAIN}\n{indicators}{INDICATORS}\n{results}{RESULTS}")
    assert saved(app, engineer) == (PAIN, INDICATORS, RESULTS)


@pytest.mark.parametrize("pain", [
    "测试对象为800V电池包，技术参数：重量500kg、插头插拔力200N，人工搬运和插拔劳动强度大。",
    "人工成本逐年上升，经济效益：每条线每年人工成本约120万元，企业压力大。",
    "主要指标：目前人工节拍45秒/件，良率97%，夜班招工难。",
    "10.5代线玻璃基板搬运依赖人工，技术要求：定位精度±0.1mm。",
    "对电池包尺寸、技术参数：重量500kg进行人工核对，效率低。",
    "人工巡检，提升效率、经济效益：年节约200万元均不明显。",
    "人工检测效率低、存在问题：漏检率高，夜班招工难。",
    "①号线车辆段巡检人工效率低，技术要求：识别率≥98%。",
])
async def test_words_that_are_labels_only_sometimes_stay_in_the_pain_point(engineer, app, pain):
    await walk(engineer, AT_INDICATORS - 1)
    await engineer.send(pain)
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    assert answers["pain_point"] in (pain, pain.split("，技术要求：")[0])
    assert answers["pain_point"].startswith(pain[:6])


async def test_a_decimal_at_the_start_of_a_paste_is_no_list_number(engineer):
    await walk(engineer, AT_MAKERS)
    await engineer.send("1.5T科技有限公司 其他：南京大学")
    await walk(engineer, start=AT_MAKERS + 2)
    assert "整机企业（或应用服务商）：1.5T科技有限公司 其他：南京大学" in engineer.last_text()


async def test_a_pasted_part_saying_none_is_left_out(engineer):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send("整机企业：恒远机器人有限公司 其他：无")
    assert texts(calls)[-1].startswith("第 9/11 步 · 整机应用目标")
    await walk(engineer, start=AT_MAKERS + 2)
    assert "8. 创新应用联合体成员：整机企业（或应用服务商）：恒远机器人有限公司\n" in engineer.last_text()


async def test_an_inline_numbered_list_loses_its_first_number(engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    await engineer.send(f"1、{PAIN}；2、技术指标：{INDICATORS}；3、预期成效：{RESULTS}")
    assert saved(app, engineer)[0] == PAIN


@pytest.mark.parametrize("numbers", NUMBERED[:3])
async def test_a_numbered_list_inside_one_part_keeps_all_its_numbers(engineer, app, numbers):
    await walk(engineer, AT_INDICATORS)
    listed = "\n".join(f"{number}{item}" for number, item in
                       zip(numbers, ("识别准确率≥98%", "节拍≤15秒/件", "连续运行≥8小时"), strict=True))
    await engineer.send(f"{listed}\n预期效果：替代3名工人")
    assert saved(app, engineer)[1:] == (listed, "替代3名工人")


async def test_an_inline_numbered_list_inside_one_part_keeps_all_its_numbers(engineer, app):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("1. 识别准确率≥98%；2. 节拍≤15秒/件；3. 连续运行≥8小时。预期成效：替代3名工人")
    assert saved(app, engineer)[1] == "1. 识别准确率≥98%；2. 节拍≤15秒/件；3. 连续运行≥8小时。"


async def test_members_pasted_under_their_kind_go_to_the_other_members_without_the_kind(engineer):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send("整机企业：优必选科技股份有限公司，科研院所：苏州大学机电工程学院")
    assert texts(calls)[0].startswith(
        "已把这条消息分别填入：整机企业（优必选科技股份有限公司）、其他成员（苏州大学机电工程学院）。")
    await walk(engineer, start=AT_MAKERS + 2)
    assert ("8. 创新应用联合体成员：整机企业（或应用服务商）：优必选科技股份有限公司 "
            "其他：苏州大学机电工程学院\n") in engineer.last_text()


@pytest.mark.parametrize("bullet", ["+ ", "√ ", "→ ", "√", "→"])
async def test_plus_tick_and_arrow_bullets_are_left_out_of_the_parts(engineer, app, bullet):
    await walk(engineer, AT_INDICATORS - 1)
    await engineer.send(f"技术指标：\n{bullet}料箱识别准确率不低于99%\n{bullet}单箱搬运节拍≤12秒\n"
                        f"+5V供电下连续运行≥8小时\n预期成效：\n{bullet}{RESULTS}")
    assert saved(app, engineer)[1:] == (
        "料箱识别准确率不低于99%\n单箱搬运节拍≤12秒\n+5V供电下连续运行≥8小时", RESULTS)


async def test_a_minus_bullet_on_the_next_line_is_no_range(engineer):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send("定位精度≤1mm\n- 20℃环境下连续运行≥8小时")
    assert texts(calls)[0].startswith("已识别指标：定位精度 ≤ 1 毫米；")
    assert "～" not in texts(calls)[0]


@pytest.mark.parametrize("typed", [
    "人工插拔数百伏高压插头存在打火风险，这是本场景的【痛点】所在，多品种小批量难以自动化。",
    "在满足【技术要求】的前提下，人工插拔效率低，存在打火风险。",
])
async def test_a_label_word_in_brackets_for_emphasis_mid_sentence_is_kept_in_the_text(
        engineer, app, typed):
    await walk(engineer, AT_INDICATORS - 1)
    await engineer.send(typed)
    assert saved(app, engineer)[0] == typed


@pytest.mark.parametrize("label", ["用户单位名称：", "用户单位全称：", "企业名称：", "单位名称："])
async def test_the_unit_typed_after_any_label_of_its_name_is_saved_without_it(engineer, app, label):
    await walk(engineer, AT_ENTERPRISE)
    await engineer.send(f"{label}“苏州恒远动力电池有限公司”")
    current = app.bot_data["services"].intake.store.current(engineer.id)
    assert current.answers["enterprise"] == "苏州恒远动力电池有限公司"
