"""Description cells typed by hand, told apart from the cells the export writes, so the import
reads them as the chat reads a paste and the export's own cells still read back unchanged."""

import re

from flows.labels import COLON, labels_in
from flows.pastes import (
    SET_ASIDE,
    TYPED_AT_INDICATORS,
    TYPED_LABELS,
    description_labels,
    parse_pasted_description,
)
from flows.row import INNOVATION_LABEL, RESULTS_LABEL, WRITTEN_DESCRIPTION


def parse_typed_description(text: str) -> dict[str, str] | None:
    """A description cell typed by hand in a layout the export never writes, read as the chat
    reads it pasted: a label numbered or bulleted (1、现状与痛点：…), in brackets (【技术指标】),
    a heading alone on its line (技术指标↵…), or a line labelled otherwise (现状及痛点：…,
    主要技术指标：…, 预期效益：…). The chat splits a pain point or indicators at such labels,
    so none it saved holds one; but a bare 现状： the indicators keep (the baseline), and the
    results and innovation are saved as typed, so after the export's own 预期成效： such a
    label is words, as is one with nothing after it (痛点↵技术指标：…: a pain point 痛点).
    A cell opening with the pain point's label (bare 现状： too) was typed: the export writes
    the pain point unlabelled. None for a cell laid out as the export writes one, or holding
    lines of other columns, which a cell keeps as written."""
    written_later = _WRITTEN_LATER.search(text)
    head = text[: written_later.start() if written_later else len(text)]
    labels = labels_in(head, description_labels(head, TYPED_AT_INDICATORS))
    ends = [*(label.start() for label in labels[1:]), len(head)] if labels else []
    if not _labelled_pain_point(head) and not any(
            _typed(head, label) and head[label.end() : end].strip()
            for label, end in zip(labels, ends, strict=True)):
        return None
    answers = parse_pasted_description(text)
    return None if SET_ASIDE in answers else answers


_WRITTEN_LATER = re.compile(rf"(?:^|\n)(?:{RESULTS_LABEL}|{INNOVATION_LABEL})：")
_WRITTEN_LABEL = re.compile(rf"(?:{'|'.join(WRITTEN_DESCRIPTION.values())}){COLON}")


def _labelled_pain_point(head: str) -> bool:
    labels = description_labels(head, TYPED_LABELS)
    opening = labels.match(head)
    if not opening or opening.lastgroup != "pain_point":
        return False
    following = labels.search(head, opening.end())
    return bool(head[opening.end() : following.start() if following else len(head)].strip())


def _typed(text: str, label: re.Match[str]) -> bool:
    """Numbered or bulleted on its line (a number ending the line before is that line's words),
    in brackets, or heading its line other than as the export's own 技术指标： does; within a
    line a label may be words of a sentence (识别率≥99%，技术要求：…)."""
    number = text[label.start() : label.start(label.lastgroup)].lstrip()
    numbered = bool(number) and "\n" not in number
    words = label[label.lastgroup]
    heads_line = label.start() == 0 or text[label.start() - 1] == "\n"
    return numbered or words.startswith("【") or heads_line and not _WRITTEN_LABEL.fullmatch(words)
