"""A run of spaces before a colon or 改为 (部署总数    ：12台, as a paste or a slip of the thumb
leaves it) is read from its first space only. Read again from every space within, a message of
4,096 spaces held the bot's one event loop for a third of a second, each try reading the rest
of the run; what a change reads as is the same either way."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.typed_items import _LATER_TO, _TO

LIMIT = 4096
TYPED = "部署总数" + " " * (LIMIT - len("部署总数：12台")) + "：12台"
# The patterns as they were, read from any space: what the new ones must still find.
OLD_TO = re.compile(r"\s*(?:[：:]|(?:(?:修改|更改|更正|调整|改)[为成]|改到|换成|应为|应该[为是]|应是)"
                    r"\s*+[：:]?)\s*")
OLD_LATER_TO = re.compile(r"\s*(?:[：:]|(?:修|更)?改[为成]\s*+[：:]?)\s*")


@pytest.mark.parametrize("between", [_TO, _LATER_TO], ids=["to", "later-to"])
def test_a_run_of_spaces_is_read_from_its_first_space_only(between):
    assert len(TYPED) == LIMIT
    run = range(len("部署总数"), TYPED.index("："))
    assert between.match(TYPED, run.start).span() == (run.start, TYPED.index("12台"))
    assert not any(between.match(TYPED, at) for at in run[1:])


words = st.text(alphabet=st.sampled_from([" ", "\u3000", "\n", "：", ":", "改", "为", "成", "修",
                                          "更", "应", "该", "是", "到", "换", "部", "1"]),
                max_size=40)


@given(words)
def test_what_a_change_reads_as_is_unchanged(text):
    for new, old in ((_TO, OLD_TO), (_LATER_TO, OLD_LATER_TO)):
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
