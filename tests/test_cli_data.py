"""`scenario-intake export`, `import` and `lint` as an operator runs them, on temporary databases."""

import json
import os
import re
import zipfile

import pytest
from click.testing import CliRunner
from openpyxl import Workbook, load_workbook

from bot.cli import main
from bot.cli_common import NEW_DATABASE
from bot.linting import NOT_IN_FILE
from bot.services import build_services
from bot.settings import Settings
from bot.terminal import TERMINAL_NAME
from exports.template import NOTES, NOTES_HEADING
from exports.writer import export_rows
from flows import actions
from flows.configuration import configure
from flows.draft import DONE, Status
from flows.navigation import Questionnaire
from flows.review import RETURNED_UNNOTIFIED
from flows.validation import row_problems
from storage.imports import ImportStore
from storage.people import TERMINAL_USER
from tests.scenarios import scenario_answers
from tests.test_export import answers, expected, values
from tests.test_import import sheet_cells
from tests.test_template import write_user_copy

NOT_A_TEMPLATE = "未找到计划表的表头（如“序号”“场景名称”），请确认使用的是《人形机器人与具身智能实景实训工作计划表》模板"


def seed(services, row: dict, status: Status = Status.APPROVED, owner: int = 1001) -> int:
    """An entry as if an engineer had filled it in the chat and a coordinator had moved it on."""
    draft = services.intake.store.create(owner, DONE, row)
    if status != Status.DRAFT:
        services.reviews.store.transition(draft.id, [Status.DRAFT], status, owner)
    return draft.id


@pytest.fixture
def cli(tmp_path, monkeypatch):
    """Run `scenario-intake` in an empty directory with no INTAKE_ settings of the caller's."""
    monkeypatch.chdir(tmp_path)
    for name in [n for n in os.environ if n.startswith("INTAKE_")]:
        monkeypatch.delenv(name)

    def run(*args: str):
        return CliRunner().invoke(main, [str(arg) for arg in args])

    return run


@pytest.fixture
def db(tmp_path):
    return tmp_path / "intake.db"


@pytest.fixture
def services(db):
    return build_services(Settings(db=db, _env_file=None))


def rows_of(path, first: int = 4) -> list[list]:
    """The table rows of an export, from `first` down to the 填写说明."""
    sheet = load_workbook(path).active
    rows = []
    while sheet.cell(first + len(rows), 1).value not in (NOTES_HEADING, None):
        rows.append(values(sheet, first + len(rows)))
    return rows


def test_seeded_answers_pass_the_bots_own_rules():
    survey = Questionnaire(configure("江苏省工业和信息化厅", ("苏州市",)))
    assert row_problems(survey, answers(1)) == []


# --- export ---------------------------------------------------------------------------------


def test_export_writes_approved_entries_in_id_order_numbered_from_1(cli, services, db, tmp_path):
    for n, status in enumerate((Status.APPROVED, Status.SUBMITTED, Status.DRAFT, Status.APPROVED), 1):
        seed(services, answers(n), status)
    # #1 handed in again last: the review queue lists it last, the export keeps it first.
    services.intake.store.db.execute("update drafts set submitted_at = '2099-01-01' where id = 1")
    result = cli("export", "--out", tmp_path / "out.xlsx", "--db", db)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("已导出 2 个场景（状态：已通过，范围：全省）。\n")
    assert result.output.endswith(f"\n文件：{tmp_path / 'out.xlsx'}\n")
    assert rows_of(tmp_path / "out.xlsx") == [expected(answers(1), 1), expected(answers(4), 2)]


@pytest.mark.parametrize(("status", "described", "exported"), [
    ("submitted", "已提交待审核", [2]),
    ("all", "已提交待审核、已通过", [1, 2]),
])
def test_export_status_filter_chooses_the_entries(cli, services, db, tmp_path, status, described, exported):
    seed(services, answers(1))
    seed(services, answers(2), Status.SUBMITTED)
    seed(services, answers(3), Status.RETURNED)
    result = cli("export", "--out", tmp_path / "out.xlsx", "--status", status, "--db", db)
    assert result.exit_code == 0, result.output
    assert f"（状态：{described}，范围：全省）" in result.output
    assert rows_of(tmp_path / "out.xlsx") == [expected(answers(n), i) for i, n in enumerate(exported, 1)]


def test_export_city_filter_keeps_only_that_citys_entries(cli, services, db, tmp_path):
    seed(services, answers(1))
    seed(services, answers(2, city="无锡市"))
    seed(services, answers(3))
    result = cli("export", "--out", tmp_path / "out.xlsx", "--city", "无锡市", "--db", db)
    assert "已导出 1 个场景（状态：已通过，范围：无锡市）。" in result.output
    assert rows_of(tmp_path / "out.xlsx") == [expected(answers(2, city="无锡市"), 1)]


def test_export_city_is_read_as_entries_spell_it(cli, services, db, tmp_path):
    seed(services, answers(1, city="苏州市"))
    assert cli("export", "--out", tmp_path / "o.xlsx", "--city", "苏州", "--db", db).exit_code == 0
    result = cli("export", "--out", tmp_path / "o.xlsx", "--city", "苏洲", "--db", db)
    assert result.exit_code == 1
    assert result.stderr.startswith("--city 无效：“苏洲”不是本省的城市")


def test_export_leaves_out_duplicates_and_says_how_many(cli, services, db, tmp_path):
    kept = seed(services, answers(1))
    duplicate = seed(services, answers(2))
    services.reviews.store.mark_duplicate(duplicate, kept, 1)
    result = cli("export", "--out", tmp_path / "out.xlsx", "--db", db)
    assert "已导出 1 个场景（状态：已通过，范围：全省）。另有 1 个标记为重复的场景未导出。" in result.output
    assert rows_of(tmp_path / "out.xlsx") == [expected(answers(1), 1)]


def test_cli_export_leaves_a_groups_rows_out_unless_asked_for_them(cli, services, db, tmp_path):
    seed(services, scenario_answers(18, submitting_unit="中国电信集团有限公司"))
    seed(services, scenario_answers(15))
    result = cli("export", "--out", tmp_path / "province.xlsx", "--db", db)
    assert ("另有 1 条由中央企业报送的场景未导出（中国电信集团有限公司 1 条；按条计，"
            "/stats 中相似场景按 1 项计）：各央企单独报送，"
            "不计入本省。加 --central 可单独导出。") in result.output
    assert [row[1] for row in rows_of(tmp_path / "province.xlsx")] == ["江苏省工业和信息化厅"]
    result = cli("export", "--out", tmp_path / "group.xlsx", "--central", "--db", db)
    assert result.output.startswith("已导出 1 个场景（状态：已通过，范围：全省的中央企业）。")
    assert [row[1] for row in rows_of(tmp_path / "group.xlsx")] == ["中国电信集团有限公司"]



def test_cli_export_says_which_notice_rules_the_file_does_not_meet(cli, services, db, tmp_path):
    for index in (0, 15, 18, 1, 2):
        seed(services, scenario_answers(index))
    seed(services, scenario_answers(0, enterprise="南通恒远机械有限公司"))
    result = cli("export", "--out", tmp_path / "out.xlsx", "--db", db)
    assert result.output == (
        "已导出 6 个场景（状态：已通过，范围：全省）。\n报送前请注意：\n"
        "❌ 不少于 20 个：还差 15 个（6 个场景中 1 个与其他场景高度相似，按 1 项计）\n"
        "⚠️ 相似场景未标记为重复：第 4 行（序号 1） 发动机缸盖螺栓拧紧工位 ≈ 第 9 行（序号 6） 发动机缸盖螺栓拧紧工位"
        "（报送后按 1 项计，填写说明 5）\n"
        f"文件：{tmp_path / 'out.xlsx'}\n")
    assert len(rows_of(tmp_path / "out.xlsx")) == 6

def test_export_keep_sample_puts_the_rows_after_the_sample(cli, services, db, tmp_path):
    seed(services, answers(1))
    cli("export", "--out", tmp_path / "out.xlsx", "--keep-sample", "--db", db)
    sheet = load_workbook(tmp_path / "out.xlsx").active
    assert sheet["A4"].value == "样例"
    assert rows_of(tmp_path / "out.xlsx", first=5) == [expected(answers(1), 1)]


def test_export_into_a_provinces_own_copy_of_the_form(cli, services, db, tmp_path):
    seed(services, answers(1))
    copy = write_user_copy(tmp_path / "copy.xlsx", first_col=2, lines_above=["附件1"])
    result = cli("export", "--out", tmp_path / "out.xlsx", "--template", copy, "--db", db)
    assert result.exit_code == 0, result.output
    sheet = load_workbook(tmp_path / "out.xlsx").active
    assert values(sheet, 5, first_col=2) == expected(answers(1), 1)


def test_export_with_nothing_to_export_writes_no_file(cli, services, db, tmp_path):
    seed(services, answers(1), Status.SUBMITTED)
    result = cli("export", "--out", tmp_path / "out.xlsx", "--city", "南京市", "--db", db)
    assert result.exit_code == 1
    assert result.stderr == "没有可导出的场景（状态：已通过，范围：南京市），未生成文件。\n"
    assert not (tmp_path / "out.xlsx").exists()


def test_export_with_nothing_approved_says_how_to_export_the_submitted_ones(cli, services, db, tmp_path):
    """The terminal mode's case: without Telegram no coordinator approves what it submits."""
    for n, status in enumerate((Status.SUBMITTED, Status.DRAFT, Status.RETURNED, Status.SUBMITTED), 1):
        seed(services, answers(n), status)
    result = cli("export", "--out", tmp_path / "out.xlsx", "--db", db)
    assert result.exit_code == 1
    assert result.stderr == ("没有可导出的场景（状态：已通过，范围：全省），未生成文件。"
                             "另有 1 个已退回待修改的场景未导出：填报人修改后重新提交，才能导出。\n"
                             "另有 2 个已提交待审核的场景：可用 --status submitted 导出。\n")
    assert not (tmp_path / "out.xlsx").exists()


def test_export_with_nothing_submitted_says_how_to_export_the_approved_ones(cli, services, db, tmp_path):
    seed(services, answers(1))
    result = cli("export", "--out", tmp_path / "out.xlsx", "--status", "submitted", "--db", db)
    assert result.stderr.endswith("未生成文件。\n另有 1 个已通过的场景：可用 --status approved 导出。\n")


def test_export_refuses_a_file_name_that_is_not_xlsx(cli, services, db, tmp_path):
    seed(services, answers(1))
    result = cli("export", "--out", tmp_path / "计划表.csv", "--db", db)
    assert (result.exit_code, result.stderr) == (1, f"导出文件名须以 .xlsx 结尾：{tmp_path / '计划表.csv'}\n")
    assert not (tmp_path / "计划表.csv").exists()


@pytest.mark.parametrize("command", [["export", "--out", ""], ["import", ""], ["lint", ""]])
def test_an_empty_spreadsheet_name_asks_for_a_file_name(cli, command):
    result = cli(*command)
    assert result.exit_code == 2
    assert result.output.splitlines()[-1].endswith("的值无效：文件名不能为空。")


@pytest.mark.parametrize("command", [["lint"], ["import"], ["export", "--out"]])
def test_a_folder_given_for_a_spreadsheet_is_named_in_chinese(cli, tmp_path, command):
    (tmp_path / "报送").mkdir()
    result = cli(*command, "报送")
    assert result.exit_code == 2
    assert result.output.splitlines()[-1].endswith("的值无效：'报送' 是目录，不是文件。")


def test_export_into_a_missing_folder_says_the_folder_does_not_exist(cli, services, db, tmp_path):
    seed(services, answers(1))
    out = tmp_path / "exprots" / "计划表.xlsx"
    result = cli("export", "--out", out, "--db", db)
    assert (result.exit_code, result.stderr) == (1, (
        f"无法写入导出文件 {out}：目录不存在（{tmp_path / 'exprots'}），请检查路径或先创建该目录。\n"))
    assert not (tmp_path / "exprots").exists()


def test_export_does_not_overwrite_a_file_unless_forced(cli, services, db, tmp_path):
    seed(services, answers(1), Status.APPROVED)
    out = tmp_path / "计划表.xlsx"
    out.write_bytes(b"sent already")
    result = cli("export", "--out", out, "--db", db)
    assert (result.exit_code, result.stderr) == (1, f"文件已存在：{out}。加 --force 覆盖，或换一个文件名。\n")
    assert out.read_bytes() == b"sent already"
    assert cli("export", "--out", out, "--force", "--db", db).exit_code == 0
    assert out.read_bytes() != b"sent already"


def test_export_refuses_several_cities_instead_of_keeping_the_first(cli, services, db, tmp_path):
    seed(services, answers(1))
    result = cli("export", "--out", tmp_path / "out.xlsx", "--city", "苏州市,南京市", "--db", db)
    assert result.exit_code == 1
    assert result.stderr == "--city 无效：一次只能指定一个城市（收到“苏州市,南京市”），多个城市请分别执行\n"
    assert not (tmp_path / "out.xlsx").exists()


def test_export_from_a_mistyped_database_path_creates_nothing(cli, tmp_path):
    result = cli("export", "--out", tmp_path / "out.xlsx", "--db", tmp_path / "intak.db")
    assert result.exit_code == 1
    assert result.stderr == f"数据库文件不存在：{tmp_path / 'intak.db'}（请检查 --db 或 INTAKE_DB）\n"
    assert not (tmp_path / "intak.db").exists()


# --- import ---------------------------------------------------------------------------------


def entry_row(services, entry_id: int):
    return services.reviews.store.db.execute(
        "select owner_id, status, cursor, source_file, source_row from drafts where id = ?",
        [entry_id],
    ).fetchone()


def test_import_stores_every_good_row_as_a_submitted_entry_with_its_source(cli, services, db, tmp_path):
    rows = [answers(1), answers(2, city="无锡市")]
    export_rows(rows, tmp_path / "plan.xlsx")
    result = cli("import", tmp_path / "plan.xlsx", "--db", db)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "第 4 行：已导入为场景 #1",
        "第 5 行：已导入为场景 #2",
        "导入 2 行，更新 0 行，未变化 0 行，跳过 0 行，拒绝 0 行。",
    ]
    entries = services.reviews.store.entries()
    assert [e.answers for e in entries] == rows
    assert entry_row(services, 1) == (0, "submitted", "done", "plan.xlsx", 4)
    history = services.reviews.store.history(2)
    assert [(e.actor_name, e.kind, e.new, e.comment) for e in history] == [
        ("终端用户", "status", "submitted", "导入自 plan.xlsx 第 5 行"),
    ]


def test_import_into_a_database_not_there_yet_names_the_new_file(cli, tmp_path):
    export_rows([answers(1)], tmp_path / "plan.xlsx")
    result = cli("import", tmp_path / "plan.xlsx", "--db", "typo.db")
    assert result.output.splitlines()[-2:] == [
        "导入 1 行，更新 0 行，未变化 0 行，跳过 0 行，拒绝 0 行。",
        NEW_DATABASE.format(db=tmp_path / "typo.db", unseen="导入的场景")]
    export_rows([answers(2)], tmp_path / "plan.xlsx")
    assert "注意" not in cli("import", tmp_path / "plan.xlsx", "--db", "typo.db").output


def test_import_files_a_short_city_name_under_its_city(cli, services, db, tmp_path):
    export_rows([answers(1, city="江苏省苏州")], tmp_path / "plan.xlsx")
    cli("import", tmp_path / "plan.xlsx", "--db", db)
    assert services.reviews.store.entries()[0].answers["city"] == "苏州市"


def test_import_as_approved(cli, services, db, tmp_path):
    export_rows([answers(1)], tmp_path / "plan.xlsx")
    cli("import", tmp_path / "plan.xlsx", "--status", "approved", "--db", db)
    assert entry_row(services, 1)[1] == "approved"


def test_import_rejects_bad_rows_by_row_column_and_reason_and_keeps_the_good(cli, services, db, tmp_path):
    export_rows([
        answers(1),
        answers(2),
        answers(3, scenario_type="农业", deployment_count=None),
        answers(4, pain_point="很长" * 2000),
        answers(5, model_algorithm=None, key_components=None),
    ], tmp_path / "plan.xlsx")
    workbook = load_workbook(tmp_path / "plan.xlsx")
    workbook.active["K5"] = "很多台"
    workbook.save(tmp_path / "plan.xlsx")
    result = cli("import", tmp_path / "plan.xlsx", "--db", db)
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "第 4 行：已导入为场景 #1",
        "第 5 行：拒绝",
        "  · 部署总数：无法识别部署总数“很多台”：请填写台数，例如：10 或 10台 或 十台。",
        "第 6 行：拒绝",
        "  · 场景类型：“农业”不是模板中的选项，须为：工业 / 服务 / 特种 之一。",
        "  · 部署总数：未填写。",
        "第 7 行：拒绝",
        "  · 场景描述与关键技术要求：现状与痛点：内容过长：最多 800 字，现有 4000 字，请精简。",
        "第 8 行：拒绝",
        "  · 可规模推广的其他标志性技术产品：模型算法、操作系统、仿真平台、关键零部件至少填写一项。",
        "导入 1 行，更新 0 行，未变化 0 行，跳过 0 行，拒绝 4 行。",
    ]
    assert [e.answers for e in services.reviews.store.entries()] == [answers(1)]


def test_import_counts_a_groups_other_name_under_the_group_and_says_so(cli, services, db, tmp_path):
    export_rows([answers(1, submitting_unit="中国电科集团"),
                 answers(2, submitting_unit="中国电子科技集团有限公司")], tmp_path / "plan.xlsx")
    result = cli("import", tmp_path / "plan.xlsx", "--db", db)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "第 4 行：已导入为场景 #1",
        "  · 报送单位“中国电科集团”按“中国电子科技集团有限公司”统计和导出（建议填写集团全称）",
        "第 5 行：已导入为场景 #2",
        "导入 2 行，更新 0 行，未变化 0 行，跳过 0 行，拒绝 0 行。",
    ]
    assert services.reviews.store.entries()[0].answers["submitting_unit"] == "中国电科集团"
    result = cli("export", "--out", tmp_path / "group.xlsx", "--central", "--status", "all",
                 "--db", db)
    assert result.output.startswith(  # the two rows alike, so counted once, as one group's
        "已导出 2 个场景（状态：已提交待审核、已通过，范围：全省的中央企业）。"
        "其中 2 个尚待审核：报送的文件请导出“已通过”的场景。\n报送前请注意：\n"
        "❌ 中国电子科技集团有限公司：1 个，不少于 10 个：还差 9 个\n"
        "⚠️ 相似场景未标记为重复：第 4 行（序号 1） 汽车总装线轮胎搬运1 ≈ 第 5 行（序号 2） 汽车总装线轮胎搬运2"
        "（报送后按 1 项计，填写说明 5）\n")
    # The group's file spells its own name one way; the stored cell stays as it was written,
    # and the file read back holds the same rows.
    assert [row[1] for row in rows_of(tmp_path / "group.xlsx")] == ["中国电子科技集团有限公司"] * 2
    result = cli("import", tmp_path / "group.xlsx", "--update", "--db", db)
    assert result.output.splitlines()[-1] == "导入 0 行，更新 0 行，未变化 2 行，跳过 0 行，拒绝 0 行。"
    assert services.reviews.store.entries()[0].answers["submitting_unit"] == "中国电科集团"


def test_import_and_lint_note_a_member_beginning_with_有_said_after_its_kind(
        cli, services, db, tmp_path):
    """The chat's echo asks whether 有 is the name's own; the file's reader is told so too."""
    export_rows([answers(1, indicators=QUANTIFIED)], tmp_path / "plan.xlsx")
    workbook = load_workbook(tmp_path / "plan.xlsx")
    workbook.active["I4"] = "整机企业有优必选科技股份有限公司"
    workbook.save(tmp_path / "plan.xlsx")
    note = "联合体成员“有优必选科技股份有限公司”以“有”开头，如“有”不是名称的一部分请改正"
    assert f"  ⚠️ {note}" in cli("lint", tmp_path / "plan.xlsx").output.splitlines()
    assert cli("import", tmp_path / "plan.xlsx", "--db", db).output.splitlines()[:2] == [
        "第 4 行：已导入为场景 #1", f"  · {note}"]


@pytest.mark.parametrize("cell", ["优必选 达闼", "优必选/达闼"])
def test_import_and_lint_note_members_kept_as_one_unit_though_written_apart(
        cli, services, db, tmp_path, cell):
    """The chat echoes such a name and asks whether it is several; the file's reader is told."""
    export_rows([answers(1, indicators=QUANTIFIED)], tmp_path / "plan.xlsx")
    workbook = load_workbook(tmp_path / "plan.xlsx")
    workbook.active["I4"] = cell
    workbook.save(tmp_path / "plan.xlsx")
    note = f"创新应用联合体成员“{cell}”按一家单位记录，如是多家单位请用“、”分隔"
    assert f"  ⚠️ {note}" in cli("lint", tmp_path / "plan.xlsx").output.splitlines()
    assert cli("import", tmp_path / "plan.xlsx", "--db", db).output.splitlines()[:2] == [
        "第 4 行：已导入为场景 #1", f"  · {note}"]
    assert len(services.reviews.store.entry(1).answers["makers"]) == 1


def test_a_row_that_fails_half_way_leaves_nothing_behind(services, monkeypatch):
    store = ImportStore(services.intake.store)

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(services.intake.store, "record", broken)
    with pytest.raises(RuntimeError):
        store.add(answers(1), Status.SUBMITTED, "plan.xlsx", 4, TERMINAL_USER)
    db = services.intake.store.db
    assert db.execute("select count(*) from drafts").fetchone() == (0,)
    assert db.execute("select count(*) from answers").fetchone() == (0,)


def test_import_keeps_the_operators_own_draft_current(cli, services, db, tmp_path):
    services.intake.store.seen(TERMINAL_USER, TERMINAL_NAME)
    own = services.intake.new(TERMINAL_USER).draft_id
    export_rows([answers(1)], tmp_path / "plan.xlsx")
    cli("import", tmp_path / "plan.xlsx", "--db", db)
    assert services.intake.store.current_draft_id(TERMINAL_USER) == own
    listed = services.intake.drafts(TERMINAL_USER).screen.text
    assert f"#{own} " in listed and "#2 " not in listed  # the imported row is nobody's draft


def test_formula_looking_text_is_imported_as_text_and_exported_as_text(cli, services, db, tmp_path):
    hostile = answers(1, scenario_name='=HYPERLINK("http://x","点我")', makers=["+1 机器人公司", "@SUM(A1)公司"])
    export_rows([hostile], tmp_path / "plan.xlsx")
    assert cli("import", tmp_path / "plan.xlsx", "--status", "approved", "--db", db).exit_code == 0
    assert services.reviews.store.entry(1).answers == hostile
    cli("export", "--out", tmp_path / "again.xlsx", "--db", db)
    cell = load_workbook(tmp_path / "again.xlsx").active["D4"]
    assert (cell.value, cell.data_type) == ('=HYPERLINK("http://x","点我")', "s")


def test_row_of_an_existing_scenario_is_skipped_without_update(cli, services, db, tmp_path):
    seed(services, answers(1), Status.SUBMITTED)
    export_rows([answers(1, enterprise="苏州第1机器人有限公司 ", deployment_count=20)], tmp_path / "plan.xlsx")
    result = cli("import", tmp_path / "plan.xlsx", "--db", db)
    assert result.exit_code == 0
    assert result.output.splitlines() == [
        "第 4 行：跳过，已有用户单位和场景名称相同的场景 #1，内容不同（加 --update 可用本行更新）",
        "导入 0 行，更新 0 行，未变化 0 行，跳过 1 行，拒绝 0 行。",
    ]
    assert services.reviews.store.entry(1).answers["deployment_count"] == 10


def test_update_corrects_the_existing_entry_and_records_each_change(cli, services, db, tmp_path):
    seed(services, answers(1), Status.SUBMITTED)
    export_rows([answers(1, deployment_count=20, partners=None)], tmp_path / "plan.xlsx")
    result = cli("import", tmp_path / "plan.xlsx", "--update", "--db", db)
    assert result.output.splitlines()[0] == "第 4 行：已更新场景 #1"
    entry = services.reviews.store.entry(1)
    assert entry.answers == {k: v for k, v in answers(1, deployment_count=20).items() if k != "partners"}
    assert entry.info.status == Status.SUBMITTED
    changes = [(e.kind, e.field, e.old, e.new) for e in services.reviews.store.history(1) if e.kind == "answer"]
    assert sorted(changes) == [("answer", "deployment_count", 10, 20), ("answer", "partners", ["东南大学"], None)]
    assert entry_row(services, 1)[3:] == (None, None)  # still the engineer's chat entry
    again = cli("import", tmp_path / "plan.xlsx", "--update", "--db", db)
    assert again.output.splitlines() == [
        "第 4 行：未变化，与场景 #1 内容相同",
        "导入 0 行，更新 0 行，未变化 1 行，跳过 0 行，拒绝 0 行。",
    ]


def test_a_returned_imported_entry_is_handed_in_again_by_its_corrected_row(
    cli, services, db, tmp_path
):
    export_rows([answers(1)], tmp_path / "plan.xlsx")
    cli("import", tmp_path / "plan.xlsx", "--db", db)
    services.reviews.people.add_coordinator(501)
    services.reviews.act(501, actions.Return(1, services.reviews.store.entry(1).revision))
    services.reviews.comment(501, "部署总数请核实。")
    reply = services.reviews.act(501, actions.SendReturn(1))
    assert reply.messages == (RETURNED_UNNOTIFIED.format(title="#1 汽车总装线轮胎搬运1"),)
    assert reply.notices == ()
    export_rows([answers(1, deployment_count=6)], tmp_path / "plan.xlsx")
    result = cli("import", tmp_path / "plan.xlsx", "--update", "--db", db)
    assert result.output.splitlines()[0] == "第 4 行：已更新场景 #1（状态：已退回待修改 → 已提交待审核）"
    assert services.reviews.store.entry(1).info.status == Status.SUBMITTED
    assert entry_row(services, 1)[3:] == ("plan.xlsx", 4)
    status = services.reviews.store.history(1)[-1]
    assert (status.kind, status.old, status.new, status.comment) == (
        "status", "returned", "submitted", "导入自 plan.xlsx 第 4 行")


def test_a_row_like_an_engineers_unfinished_draft_is_imported_beside_it(cli, services, db, tmp_path):
    seed(services, answers(1), Status.DRAFT)
    export_rows([answers(1, deployment_count=15)], tmp_path / "plan.xlsx")
    result = cli("import", tmp_path / "plan.xlsx", "--update", "--db", db)
    assert result.output.splitlines()[0] == "第 4 行：已导入为场景 #2"
    assert services.intake.store.answers(1)["deployment_count"] == 10


def test_a_scenario_stored_with_quotes_around_its_name_is_the_one_a_file_names_without(
        cli, services, db, tmp_path):
    name = answers(1)["scenario_name"]
    seed(services, answers(1, scenario_name=f"“{name}”"), Status.SUBMITTED)
    export_rows([answers(1)], tmp_path / "plan.xlsx")
    result = cli("import", tmp_path / "plan.xlsx", "--db", db)
    assert result.output.splitlines()[0].startswith("第 4 行：跳过，已有用户单位和场景名称相同的场景 #1")


def test_an_approved_entry_changed_by_reimport_goes_back_to_review(cli, services, db, tmp_path):
    seed(services, answers(1), Status.APPROVED)
    export_rows([answers(1, deployment_count=15)], tmp_path / "plan.xlsx")
    cli("import", tmp_path / "plan.xlsx", "--update", "--db", db)
    assert services.reviews.store.entry(1).info.status == Status.SUBMITTED


def test_reimporting_a_just_exported_file_changes_nothing(cli, services, db, tmp_path):
    # The chat keeps a supplement to the indicators apart; the exported cell joins them.
    chat = answers(1, indicator_gap="补充", indicators_more="连续无故障运行≥8小时")
    seed(services, chat, Status.SUBMITTED)
    cli("export", "--out", tmp_path / "all.xlsx", "--status", "all", "--db", db)
    result = cli("import", tmp_path / "all.xlsx", "--update", "--db", db)
    assert (result.exit_code, result.output.splitlines()) == (0, [
        "第 4 行：未变化，与场景 #1 内容相同",
        "导入 0 行，更新 0 行，未变化 1 行，跳过 0 行，拒绝 0 行。",
    ])
    assert services.reviews.store.entry(1).answers == chat
    assert [e.actor_id for e in services.reviews.store.history(1)] == [1001]
    assert entry_row(services, 1) == (1001, "submitted", "done", None, None)


def test_an_unchanged_row_of_another_file_keeps_the_entrys_source(cli, services, db, tmp_path):
    export_rows([answers(1)], tmp_path / "plan.xlsx")
    cli("import", tmp_path / "plan.xlsx", "--db", db)
    export_rows([answers(2), answers(1)], tmp_path / "all.xlsx")
    result = cli("import", tmp_path / "all.xlsx", "--update", "--db", db)
    assert result.output.splitlines()[1] == "第 5 行：未变化，与场景 #1 内容相同"
    assert entry_row(services, 1)[3:] == ("plan.xlsx", 4)


def test_import_as_approved_with_update_approves_identical_entries(cli, services, db, tmp_path):
    seed(services, answers(1), Status.SUBMITTED)
    seed(services, answers(2), Status.APPROVED)
    seed(services, answers(3), Status.SUBMITTED)
    export_rows([answers(1), answers(2), answers(3, deployment_count=30)], tmp_path / "ok.xlsx")
    result = cli("import", tmp_path / "ok.xlsx", "--status", "approved", "--update", "--db", db)
    assert result.output.splitlines() == [
        "第 4 行：与场景 #1 内容相同，已改为已通过",
        "第 5 行：未变化，与场景 #2 内容相同",
        "第 6 行：已更新场景 #3（状态：已提交待审核 → 已通过）",
        "导入 0 行，更新 2 行，未变化 1 行，跳过 0 行，拒绝 0 行。",
    ]
    assert [e.info.status for e in services.reviews.store.entries()] == [Status.APPROVED] * 3
    approval = services.reviews.store.history(1)[-1]
    assert (approval.actor_name, approval.old, approval.new, approval.comment) == (
        TERMINAL_NAME, "submitted", "approved", "导入自 ok.xlsx 第 4 行")


def test_import_as_approved_without_update_leaves_existing_entries_as_they_are(
    cli, services, db, tmp_path
):
    seed(services, answers(1), Status.SUBMITTED)
    export_rows([answers(1)], tmp_path / "ok.xlsx")
    result = cli("import", tmp_path / "ok.xlsx", "--status", "approved", "--db", db)
    assert result.output.splitlines()[0] == (
        "第 4 行：未变化，与场景 #1 内容相同（仍为已提交待审核；加 --update 可改为已通过）")
    assert services.reviews.store.entry(1).info.status == Status.SUBMITTED


def test_an_unchanged_row_never_takes_an_approval_back(cli, services, db, tmp_path):
    seed(services, answers(1), Status.APPROVED)
    export_rows([answers(1)], tmp_path / "plan.xlsx")
    result = cli("import", tmp_path / "plan.xlsx", "--update", "--db", db)
    assert result.output.splitlines()[0] == "第 4 行：未变化，与场景 #1 内容相同"
    assert services.reviews.store.entry(1).info.status == Status.APPROVED


def test_export_import_export_gives_identical_cells(cli, services, db, tmp_path):
    rows = [
        answers(1, deployment_goals=["完成本单位内同类场景复制部署", "完成跨行业/跨领域场景应用"]),
        answers(2, pain_point="第一段说明现状。\n第二段说明痛点。", indicators="精度≤1mm\n节拍≤15秒", sub_direction=None),
        answers(3, operating_system="ROS 2", simulation_platform="Isaac Sim", scenario_type="特种",
                product_types={"四足机器人": "足式", "其他类型产品": "仿人形机器人"}),
        answers(4, city="无锡市", partners=None, scenario_name="=1+1 仓库料箱搬运"),
    ]
    rows = [{k: v for k, v in row.items() if v} for row in rows]
    for row in rows:
        seed(services, row)
    assert cli("export", "--out", tmp_path / "first.xlsx", "--db", db).exit_code == 0
    other = tmp_path / "other.db"
    imported = cli("import", tmp_path / "first.xlsx", "--status", "approved", "--db", other)
    assert imported.exit_code == 0, imported.output
    assert cli("export", "--out", tmp_path / "second.xlsx", "--db", other).exit_code == 0
    assert sheet_cells(tmp_path / "second.xlsx") == sheet_cells(tmp_path / "first.xlsx")


# Answers typed with labels of their own: a whole cell pasted at one question. A member's
# name holds none: the chat reads a kind said before a name (整机企业：…) as its kind.
LABELLED = dict(
    model_algorithm="模型算法：汇川大模型 关键零部件：灵巧手", key_components="六维力传感器",
    pain_point="电池包下线测试需人工插拔高压插头。\n技术指标：现有单次插拔节拍30秒。",
)


def test_answers_holding_labels_lose_nothing_from_export_to_import_to_export(cli, services, db, tmp_path):
    seed(services, {k: v for k, v in answers(1, **LABELLED).items() if v})
    cli("export", "--out", tmp_path / "first.xlsx", "--db", db)
    other = tmp_path / "other.db"
    assert cli("import", tmp_path / "first.xlsx", "--status", "approved", "--db", other).exit_code == 0
    cli("export", "--out", tmp_path / "second.xlsx", "--db", other)
    assert sheet_cells(tmp_path / "second.xlsx") == sheet_cells(tmp_path / "first.xlsx")
    assert "关键零部件：灵巧手" in load_workbook(tmp_path / "second.xlsx").active["L4"].value
    again = cli("import", tmp_path / "second.xlsx", "--update", "--db", db)
    assert again.output.splitlines()[0] == "第 4 行：未变化，与场景 #1 内容相同"


def test_a_label_written_twice_in_a_cell_keeps_both_items(cli, services, db, tmp_path):
    export_rows([answers(1)], tmp_path / "plan.xlsx")
    workbook = load_workbook(tmp_path / "plan.xlsx")
    workbook.active["L4"] = "模型算法：甲模型\n模型算法：乙模型"
    workbook.save(tmp_path / "plan.xlsx")
    assert cli("import", tmp_path / "plan.xlsx", "--status", "approved", "--db", db).exit_code == 0
    assert services.reviews.store.entry(1).answers["model_algorithm"] == "甲模型\n模型算法：乙模型"
    cli("export", "--out", tmp_path / "out.xlsx", "--db", db)
    assert load_workbook(tmp_path / "out.xlsx").active["L4"].value == "模型算法：甲模型\n模型算法：乙模型"


def test_a_city_and_unit_separated_by_a_space_is_read_as_both(cli, services, db, tmp_path):
    export_rows([answers(1), answers(2)], tmp_path / "plan.xlsx")
    workbook = load_workbook(tmp_path / "plan.xlsx")
    workbook.active["C4"] = "苏州市 苏州汇川精密电子有限公司"
    workbook.active["C5"] = "汇川精密电子有限公司"
    workbook.save(tmp_path / "plan.xlsx")
    result = cli("import", tmp_path / "plan.xlsx", "--db", db)
    assert result.output.splitlines()[:3] == [
        "第 4 行：已导入为场景 #1", "第 5 行：拒绝", "  · 用户单位：缺少所在城市，请写成“苏州市/企业全称”。"]
    entry = services.reviews.store.entry(1).answers
    assert (entry["city"], entry["enterprise"]) == ("苏州市", "苏州汇川精密电子有限公司")


def test_a_unit_named_without_its_city_is_placed_as_the_chat_places_it(cli, services, db, tmp_path):
    export_rows([answers(1), answers(2)], tmp_path / "plan.xlsx")
    workbook = load_workbook(tmp_path / "plan.xlsx")
    workbook.active["C4"] = "昆山沪光汽车电器股份有限公司"
    workbook.active["C5"] = "苏州市苏州精测机械有限公司"
    workbook.save(tmp_path / "plan.xlsx")
    assert cli("import", tmp_path / "plan.xlsx", "--db", db).exit_code == 0
    units = [(e.answers["city"], e.answers["enterprise"]) for e in services.reviews.store.entries()]
    assert units == [("苏州市", "昆山沪光汽车电器股份有限公司"), ("苏州市", "苏州市苏州精测机械有限公司")]


def test_a_city_and_unit_joined_by_a_dash_is_read_as_both(cli, services, db, tmp_path):
    export_rows([answers(1), answers(2)], tmp_path / "plan.xlsx")
    workbook = load_workbook(tmp_path / "plan.xlsx")
    workbook.active["C4"] = "苏州市-苏州汇川技术有限公司"
    workbook.active["C5"] = "无锡市 — 无锡先导智能装备股份有限公司"
    workbook.save(tmp_path / "plan.xlsx")
    assert cli("import", tmp_path / "plan.xlsx", "--status", "approved", "--db", db).exit_code == 0
    cli("export", "--out", tmp_path / "out.xlsx", "--db", db)
    sheet = load_workbook(tmp_path / "out.xlsx").active
    assert [sheet["C4"].value, sheet["C5"].value] == [
        "苏州市/苏州汇川技术有限公司", "无锡市/无锡先导智能装备股份有限公司"]


# --- lint -----------------------------------------------------------------------------------

QUANTIFIED = "识别准确率不低于98%，单次节拍≤15秒，作业成功率不低于99%"
POWER = dict(industry="电力", sub_direction="变电运维", scenario_type="特种",
             pain_point="变电站夜间巡检依赖人工，巡检路线长达5公里，夜间作业存在触电风险。")
HOSPITAL = dict(industry="医疗康养", sub_direction="院内物流", scenario_type="服务",
                pain_point="护士每天往返药房取药二十余次，占用大量护理时间，高峰时段排队严重。")
LINTED = [
    answers(1, indicators=QUANTIFIED),
    answers(5, scenario_name="工业产线实训", indicators=QUANTIFIED, **POWER),
    answers(6, scenario_name="病区药品配送", indicators="精度高、效率高", **HOSPITAL),
    answers(7, scenario_name="变电站四足机器人夜间巡检", deployment_count=None, indicators=QUANTIFIED, **POWER),
    answers(2, indicators="识别准确率不低于98%"),
]
VAGUE = "场景名称：场景名称“工业产线实训”过于笼统"
NO_EFFICIENCY = "尚无效率指标，例如：单次节拍≤15秒、巡检时间由3小时缩短到1小时"
NO_RELIABILITY = "尚无可靠性指标，例如：作业成功率不低于99%、连续无故障运行≥8小时"


def test_lint_reports_problems_warnings_similar_rows_and_the_notices_totals(cli, tmp_path):
    export_rows(LINTED, tmp_path / "plan.xlsx")
    result = cli("lint", tmp_path / "plan.xlsx")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[:3] == ["检查 plan.xlsx：共 5 行数据。", "第 4 行（序号 1） 汽车总装线轮胎搬运1", "  ≈ 与第 8 行（序号 5）高度相似，按填写说明 5 只按 1 项计算"]
    assert lines[3] == "第 5 行（序号 2） 工业产线实训" and lines[4].startswith(f"  ❌ {VAGUE}")
    assert lines[5:] == [
        "第 6 行（序号 3） 病区药品配送",
        "  ❌ 场景描述与关键技术要求：场景描述未识别到量化指标（精度、效率、可靠性须有数字和单位）。",
        "第 7 行（序号 4） 变电站四足机器人夜间巡检",
        "  ❌ 部署总数：未填写。",
        "第 8 行（序号 5） 汽车总装线轮胎搬运2",
        f"  ⚠️ {NO_EFFICIENCY}",
        f"  ⚠️ {NO_RELIABILITY}",
        "  ≈ 与第 4 行（序号 1）高度相似，按填写说明 5 只按 1 项计算",
        "有问题 3 行，仅有提醒 2 行，无问题 0 行。",
        f"重点场景（相似场景按 1 项计）：4 个（{NOT_IN_FILE}，可能多于此数），"
        "其中 3 个所在行有问题（见上），修正后才能报送",
        "❌ 不少于 20 个：还差 16 个（5 个场景中 1 个与其他场景高度相似，按 1 项计）",
        "✅ 至少覆盖 2 类场景类型：已覆盖 3 类（工业 1 · 服务 1 · 特种 2）",
    ]


def test_lint_json_gives_one_object_per_row_and_the_totals_last(cli, tmp_path):
    export_rows(LINTED, tmp_path / "plan.xlsx")
    result = cli("lint", tmp_path / "plan.xlsx", "--json")
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert lines[0] == {"row": 4, "scenario_name": "汽车总装线轮胎搬运1", "problems": [], "warnings": [], "similar_to": [8]}
    assert [(p["column"], p["reason"][:16]) for p in lines[1]["problems"]] == [("场景名称", "场景名称“工业产线实训”过于笼统")]
    assert lines[3] == {
        "row": 7, "scenario_name": "变电站四足机器人夜间巡检",
        "problems": [{"column": "部署总数", "reason": "未填写。"}], "warnings": [], "similar_to": [],
    }
    assert lines[4]["warnings"] == [NO_EFFICIENCY, NO_RELIABILITY]
    assert lines[-1] == {"totals": {
        "rows": 5, "rows_with_problems": 3, "scenarios": 4, "min_scenarios": 20,
        "scenarios_with_problems": 3, "by_type": {"工业": 1, "服务": 1, "特种": 2},
        "without_valid_type": 0, "types_covered": 3, "min_types": 2,
        "meets_notice": False, "central_enterprises": {}, "sheet": "工作计划表", "sheets_not_read": [], "columns_not_read": [],
        "rows_skipped": [], "rows_hidden": [],
    }}


def test_results_without_figures_are_only_a_warning_in_lint_and_import(cli, services, db, tmp_path):
    """填写说明 5 asks the description as a whole to be quantified, which its indicators are:
    a 预期成效 without figures is coached, as the chat does, not refused."""
    export_rows([answers(1, indicators=QUANTIFIED, expected_results="降本增效")], tmp_path / "plan.xlsx")
    result = cli("lint", tmp_path / "plan.xlsx")
    assert result.output.splitlines()[1:3] == [
        "第 4 行（序号 1） 汽车总装线轮胎搬运1",
        "  ⚠️ 预期成效没有写出数字，无法量化评估（填写说明 5）。请写出部署后的变化有多大，"
        "例如：减少巡检人员2名、效率提升30%、年节省成本120万元。"]
    assert cli("import", tmp_path / "plan.xlsx", "--db", db).output.startswith("第 4 行：已导入为场景 #1")
    assert services.reviews.store.entry(1).answers["expected_results"] == "降本增效"


def test_numerals_and_units_written_out_pass_lint_and_import(cli, services, db, tmp_path):
    written = "兼容三种车型，一人管理十台，功耗不超过500瓦，帧率不低于30帧每秒"
    export_rows([answers(1, indicators=written)], tmp_path / "plan.xlsx")
    assert "没有识别到可量化的指标" not in cli("lint", tmp_path / "plan.xlsx").output
    assert cli("import", tmp_path / "plan.xlsx", "--db", db).output.startswith("第 4 行：已导入为场景 #1")
    assert services.reviews.store.entry(1).answers["indicators"] == written


@pytest.mark.parametrize(("args", "error", "code"), [
    (["missing.xlsx"], "找不到文件或目录：missing.xlsx", 1),
    ([], "缺少参数 '文件.xlsx'。", 2),
])
def test_lint_json_says_an_error_as_json_too(cli, args, error, code):
    result = cli("lint", *args, "--json")
    assert (result.exit_code, result.stdout) == (code, json.dumps({"error": error},
                                                                  ensure_ascii=False) + "\n")


def test_lint_words_problems_for_the_spreadsheet_and_its_totals_add_up(cli, tmp_path):
    rows = [
        answers(1, indicators=QUANTIFIED),
        answers(2, scenario_name="电池包下线测试插接", scenario_type="农业", indicators=QUANTIFIED,
                pain_point="电池包下线测试需人工插拔数百伏高压插头，存在打火风险。"),
        answers(3, scenario_name="白车身焊装上下料", indicators=QUANTIFIED,
                pain_point="白车身件单重40kg，上下料依赖人工吊装，节拍慢且有砸伤风险。"),
        answers(4, scenario_name="病区药品配送", indicators=QUANTIFIED, **HOSPITAL),
        answers(5, scenario_name="变电站四足机器人夜间巡检", indicators=QUANTIFIED, **POWER),
    ]
    export_rows(rows, tmp_path / "plan.xlsx")
    workbook = load_workbook(tmp_path / "plan.xlsx")
    workbook.active["H6"] = "☑四足机器人："
    workbook.save(tmp_path / "plan.xlsx")
    result = cli("lint", tmp_path / "plan.xlsx")
    assert result.output.splitlines() == [
        "检查 plan.xlsx：共 5 行数据。",
        "第 5 行（序号 2） 电池包下线测试插接",
        "  ❌ 场景类型：“农业”不是模板中的选项，须为：工业 / 服务 / 特种 之一。",
        "第 6 行（序号 3） 白车身焊装上下料",
        "  ❌ 应用部署产品类型：“四足机器人”后没有写形态，请补上 足式 / 轮式 / 其他 之一，如“☑四足机器人：足式”。",
        "有问题 2 行，仅有提醒 0 行，无问题 3 行。",
        "重点场景（相似场景按 1 项计）：5 个，其中 2 个所在行有问题（见上），修正后才能报送",
        "❌ 不少于 20 个：还差 15 个",
        "✅ 至少覆盖 2 类场景类型：已覆盖 3 类（工业 2 · 服务 1 · 特种 1 · 类型未填或无效 1）",
    ]



def test_lint_counts_a_central_enterprises_rows_apart_from_the_provinces(cli, tmp_path):
    group = "中国电信集团有限公司"
    export_rows([answers(1, indicators=QUANTIFIED),
                 answers(2, submitting_unit=group, indicators=QUANTIFIED)], tmp_path / "plan.xlsx")
    assert cli("lint", tmp_path / "plan.xlsx").output.splitlines()[-6:] == [
        "重点场景（相似场景按 1 项计）：1 个",
        "❌ 不少于 20 个：还差 19 个",
        "❌ 至少覆盖 2 类场景类型：已覆盖 1 类（工业 1 · 服务 0 · 特种 0），还差 1 类，可增加服务或特种场景",
        "⚠️ 工业类占 100%，注意避免场景类型扎堆。",
        "中央企业报送的场景（不计入本省；通知要求各央企不少于 10 个，含其在各地的场景）：",
        f"❌ {group}：1 个，不少于 10 个：还差 9 个",
    ]


def test_lint_and_import_refuse_a_company_as_submitting_unit_and_keep_it_in_the_provinces_count(
    cli, services, db, tmp_path
):
    company = "苏州恒远动力电池有限公司"
    export_rows([scenario_answers(0), scenario_answers(15, submitting_unit=company)],
                tmp_path / "plan.xlsx")
    reason = (f"“{company}”不是中央企业集团。本省场景由省级工信主管部门报送，请填“江苏省工业和信息化厅”；"
              "只有中央企业集团直接报送时才填集团全称（填写说明 1）。")
    lines = cli("lint", tmp_path / "plan.xlsx").output.splitlines()
    assert f"  ❌ 报送单位：{reason}" in lines
    assert lines[-3:] == [
        "重点场景（相似场景按 1 项计）：2 个，其中 1 个所在行有问题（见上），修正后才能报送",
        "❌ 不少于 20 个：还差 18 个",
        "✅ 至少覆盖 2 类场景类型：已覆盖 2 类（工业 1 · 服务 1 · 特种 0）",
    ]
    result = cli("import", tmp_path / "plan.xlsx", "--db", db)
    assert result.output.splitlines()[1:3] == ["第 5 行：拒绝", f"  · 报送单位：{reason}"]


def test_lint_of_the_central_enterprises_export_judges_each_group_by_its_own_minimum(
    cli, services, db, tmp_path
):
    for index in range(10):
        seed(services, scenario_answers(index, submitting_unit="中国电信集团有限公司"))
    cli("export", "--out", tmp_path / "g.xlsx", "--central", "--db", db)
    assert cli("lint", tmp_path / "g.xlsx").output.splitlines()[-2:] == [
        "中央企业报送的场景（不计入本省；通知要求各央企不少于 10 个，含其在各地的场景）：",
        "✅ 中国电信集团有限公司：10 个，不少于 10 个：已达到",
    ]
    totals = json.loads(cli("lint", tmp_path / "g.xlsx", "--json").output.splitlines()[-1])
    assert totals["totals"]["meets_notice"] is True
    seed(services, scenario_answers(15, submitting_unit="国家电网有限公司"))
    cli("export", "--out", tmp_path / "g.xlsx", "--central", "--force", "--db", db)
    assert cli("lint", tmp_path / "g.xlsx").output.splitlines()[-3:] == [
        "中央企业报送的场景（不计入本省；通知要求各央企不少于 10 个，含其在各地的场景）：",
        "✅ 中国电信集团有限公司：10 个，不少于 10 个：已达到",
        "❌ 国家电网有限公司：1 个，不少于 10 个：还差 9 个",
    ]
    totals = json.loads(cli("lint", tmp_path / "g.xlsx", "--json").output.splitlines()[-1])
    assert totals["totals"]["meets_notice"] is False


def test_lint_of_a_clean_file_exits_0(cli, tmp_path):
    export_rows([answers(1, indicators=QUANTIFIED)], tmp_path / "plan.xlsx")
    result = cli("lint", tmp_path / "plan.xlsx")
    assert result.exit_code == 0, result.output
    assert "有问题 0 行，仅有提醒 0 行，无问题 1 行。" in result.output


# --- files that are not the form ------------------------------------------------------------


@pytest.mark.parametrize("command", [["lint"], ["import"], ["export", "--out", "out.xlsx", "--template"]])
def test_a_file_that_is_not_the_form_stops_with_one_clear_line(cli, services, db, tmp_path, command):
    seed(services, answers(1))
    workbook = Workbook()
    workbook.active["A1"] = "会议签到表"
    workbook.save(tmp_path / "other.xlsx")
    result = cli(*command, tmp_path / "other.xlsx", "--db", db) if command[0] != "lint" \
        else cli(*command, tmp_path / "other.xlsx")
    assert result.exit_code == 1
    assert result.stderr == NOT_A_TEMPLATE + "\n"
    assert not (tmp_path / "out.xlsx").exists()


def test_a_file_that_is_not_a_spreadsheet_says_so(cli, tmp_path):
    (tmp_path / "notes.xlsx").write_text("not a spreadsheet")
    result = cli("lint", tmp_path / "notes.xlsx")
    assert result.exit_code == 1
    assert result.stderr == "文件不是 xlsx 格式的表格，请用 Excel 或 WPS 另存为 .xlsx（Excel 工作簿）后重新运行\n"


def damaged(path, change):
    """`path`, an exported plan, whose sheet's XML is what `change` makes of it (None: left out)."""
    export_rows([answers(1)], path)
    with zipfile.ZipFile(path) as original:
        parts = {name: original.read(name) for name in original.namelist()}
    with zipfile.ZipFile(path, "w") as broken:
        for name, data in parts.items():
            if name == "xl/worksheets/sheet1.xml":
                data = change(data)
            if data is not None:
                broken.writestr(name, data)


FIRST_CELL = b'<c r="A4" s="6" t="n"><v>1</v>'
DAMAGES = {
    "cut short": lambda sheet: b"<worksheet><sheetData><row>",
    "left out": lambda sheet: None,
    "text in a number": lambda sheet: sheet.replace(FIRST_CELL, b'<c r="A4" s="6" t="n"><v>abc</v>'),
}
DAMAGED = "文件已损坏，其中的工作表无法读取，请用 Excel 或 WPS 打开后另存为 .xlsx（Excel 工作簿）再试\n"


@pytest.mark.parametrize("damage", DAMAGES)
@pytest.mark.parametrize("command", [["lint"], ["import"], ["export", "--out", "out.xlsx", "--template"]])
def test_a_damaged_workbook_says_so_in_one_line(cli, services, db, tmp_path, command, damage):
    seed(services, answers(1))
    damaged(tmp_path / "plan.xlsx", DAMAGES[damage])
    result = cli(*command, tmp_path / "plan.xlsx", "--db", db) if command[0] != "lint" \
        else cli(*command, tmp_path / "plan.xlsx")
    assert result.exit_code == 1
    assert result.stderr == DAMAGED


NOT_XLSX = "文件不是 xlsx 格式的表格，请用 Excel 或 WPS 另存为 .xlsx（Excel 工作簿）后重新运行\n"
WORD_TYPES = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
              b'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
              b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
              b'officedocument.wordprocessingml.document.main+xml"/></Types>')


def word_document(path):
    """A .docx renamed .xlsx: a zip package, but of a document."""
    with zipfile.ZipFile(path, "w") as document:
        document.writestr("[Content_Types].xml", WORD_TYPES)
        document.writestr("word/document.xml", b"<w:document/>")


def cut_in_half(path):
    """An exported plan whose download stopped halfway."""
    export_rows([answers(1)], path)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


@pytest.mark.parametrize(("make", "told"), [(word_document, NOT_XLSX), (cut_in_half, DAMAGED)])
@pytest.mark.parametrize("command", [["lint"], ["import"], ["export", "--out", "out.xlsx", "--template"]])
def test_another_office_file_or_a_download_cut_short_is_told_in_one_chinese_line(
        cli, services, db, tmp_path, command, make, told):
    seed(services, answers(1))
    make(tmp_path / "plan.xlsx")
    result = cli(*command, tmp_path / "plan.xlsx", "--db", db) if command[0] != "lint" \
        else cli(*command, tmp_path / "plan.xlsx")
    assert (result.exit_code, result.stderr) == (1, told)


def test_a_template_whose_cell_names_a_missing_style_is_said_to_be_damaged(cli, services, db, tmp_path):
    """Read to be written into, a template's styles are read too; only reading skips them."""
    seed(services, answers(1))
    damaged(tmp_path / "plan.xlsx", lambda sheet: sheet.replace(
        FIRST_CELL, b'<c r="A4" s="9999" t="n"><v>1</v>'))
    result = cli("export", "--out", tmp_path / "out.xlsx", "--template", tmp_path / "plan.xlsx",
                 "--db", db)
    assert (result.exit_code, result.stderr) == (1, DAMAGED)


def test_a_missing_file_is_named(cli, tmp_path):
    result = cli("lint", tmp_path / "missing.xlsx")
    assert result.exit_code == 1
    assert result.stderr == f"找不到文件或目录：{tmp_path / 'missing.xlsx'}\n"


@pytest.mark.parametrize("name, reason", [
    ("missing.xlsx", "找不到文件或目录：{path}"),
    ("report.docx", "文件不是 xlsx 格式"),
])
def test_an_import_that_cannot_start_creates_no_database(cli, tmp_path, name, reason):
    (tmp_path / "report.docx").write_bytes(b"PK\x03\x04 not a workbook")
    result = cli("import", tmp_path / name, "--db", tmp_path / "new.db")
    assert result.exit_code == 1
    assert result.stderr.startswith(reason.format(path=tmp_path / name))
    assert "原先不存在" not in result.output
    assert not (tmp_path / "new.db").exists()


# --- what a clerk's spreadsheet holds besides plain text ----------------------------------


def problems_by_row(result) -> dict[int, list[tuple[str, str]]]:
    rows = [json.loads(line) for line in result.output.splitlines()][:-1]
    return {row["row"]: [(p["column"], p["reason"]) for p in row["problems"]] for row in rows}


def _with_cached_results(path, results: dict[str, str]) -> None:
    """Save the result Excel would have saved beside each formula (openpyxl writes none)."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    for coordinate, result in results.items():
        sheet = re.sub(rf'(<c r="{coordinate}"[^>]*>.*?<v)\s*/>', rf"\g<1>>{result}</v>", sheet)
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)


def test_a_merged_submitting_unit_counts_for_every_row_it_covers(cli, services, db, tmp_path):
    export_rows([answers(1), answers(2), answers(3)], tmp_path / "plan.xlsx")
    workbook = load_workbook(tmp_path / "plan.xlsx")
    workbook.active["B5"] = workbook.active["B6"] = None
    workbook.active.merge_cells("B4:B6")
    workbook.save(tmp_path / "plan.xlsx")
    assert problems_by_row(cli("lint", tmp_path / "plan.xlsx", "--json")) == {4: [], 5: [], 6: []}
    assert cli("import", tmp_path / "plan.xlsx", "--db", db).exit_code == 0
    assert [e.answers for e in services.reviews.store.entries()] == [answers(1), answers(2), answers(3)]


def test_a_formula_reads_as_its_saved_result_and_one_without_a_result_is_explained(cli, tmp_path):
    export_rows([answers(1, indicators=QUANTIFIED), answers(2, indicators=QUANTIFIED)],
                tmp_path / "plan.xlsx")
    workbook = load_workbook(tmp_path / "plan.xlsx")
    workbook.active["K4"] = "=4+4"
    workbook.active["K5"] = "=SUM(2,3)"
    workbook.save(tmp_path / "plan.xlsx")
    _with_cached_results(tmp_path / "plan.xlsx", {"K4": "8"})
    assert problems_by_row(cli("lint", tmp_path / "plan.xlsx", "--json")) == {4: [], 5: [(
        "部署总数", "单元格是公式“=SUM(2,3)”，文件中没有保存它的计算结果："
        "请用 Excel 或 WPS 打开并保存后重新运行，或直接填写内容")]}


def _notes_in_column_b(sheet) -> None:
    for row, text in enumerate((NOTES_HEADING, *NOTES), 5):
        sheet.cell(row, 2, text)
        sheet.merge_cells(start_row=row, end_row=row, start_column=2, end_column=12)


def _signature_line(sheet) -> None:
    sheet["A6"], sheet["F6"], sheet["J6"] = "填报单位（盖章）：", "联系人：张三  电话：13800000000", "填报日期：2026年6月20日"


@pytest.mark.parametrize("write_below", [_notes_in_column_b, _signature_line])
def test_text_below_the_table_is_no_row_and_an_export_into_the_file_keeps_it(
    cli, services, db, tmp_path, write_below
):
    export_rows([answers(1, indicators=QUANTIFIED)], tmp_path / "filled.xlsx")
    workbook = load_workbook(tmp_path / "filled.xlsx")
    sheet = workbook.active
    for merge in [m for m in sheet.merged_cells.ranges if m.min_row > 4]:
        sheet.unmerge_cells(merge.coord)
    sheet.delete_rows(5, sheet.max_row)
    write_below(sheet)
    workbook.save(tmp_path / "filled.xlsx")
    assert problems_by_row(cli("lint", tmp_path / "filled.xlsx", "--json")) == {4: []}
    seed(services, answers(1))
    seed(services, answers(2))
    cli("export", "--out", tmp_path / "out.xlsx", "--template", tmp_path / "filled.xlsx", "--db", db)
    out = load_workbook(tmp_path / "out.xlsx").active
    assert [values(out, row) for row in range(6, sheet.max_row + 2)] == [
        values(sheet, row) for row in range(5, sheet.max_row + 1)]


def test_a_branch_named_without_its_city_is_placed_at_the_branch_as_the_chat_places_it(
        cli, services, db, tmp_path):
    export_rows([answers(1), answers(2)], tmp_path / "plan.xlsx")
    workbook = load_workbook(tmp_path / "plan.xlsx")
    workbook.active["C4"] = "南京钢铁股份有限公司盐城分公司"
    workbook.active["C5"] = "常州恒立液压有限公司合肥分公司"
    workbook.save(tmp_path / "plan.xlsx")
    cli("import", tmp_path / "plan.xlsx", "--db", db)
    units = [(e.answers["city"], e.answers["enterprise"]) for e in services.reviews.store.entries()]
    assert units == [("盐城市", "南京钢铁股份有限公司盐城分公司"),  # 合肥: no place known here
                     ("常州市", "常州恒立液压有限公司合肥分公司")]
