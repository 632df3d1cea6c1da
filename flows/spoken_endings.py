"""What speech-to-text (讯飞, 微信) says around a short spoken answer: a sentence's full stop
closing it, often after a pause (东南大学 。, 恒远灵巧手。), and at a choice the words said with
the choice (是工业, 选工业, 工业吧, 工业类的). Neither is part of a name or of a choice.

Only these few marks and words, and only at the end (or, for 是/选, the start): a description
keeps its sentences' stops, and a name ending in a particle-like character keeps it, as only
a choice question's few choices can tell a particle from a name, or a unit's name an ending
that no name goes on from (…有限公司吧).
"""

import re

# The full stop closing a spoken answer, with the pause before it: 。！! after anything, a "."
# only after a Chinese character (恒远灵巧手.), since an English name may end in its own
# (Co., Ltd.).
# Read from the first of a run of spaces and stops only: from each space or stop within, 4,000
# spaces before a ？ (or 4,000 。 before an x) were read to their end 4,000 times.
FULL_STOP = re.compile(r"(?<![\s。！!])(?:\s*(?:[。！!]|(?<=[\u4e00-\u9fff])\.))+\s*$")
# The words said with a choice: 是, 选, 选择 or 选的是 before it (就 before those), a particle
# after it (吧, 啊, 呀, 的).
AROUND_CHOICE = re.compile(r"(?:就?(?:选的是|选择|是|选))?(?P<choice>.+?)[吧啊呀的]*")
# A particle said after a unit's name where the name can only have ended (…有限公司吧, …大学呀,
# …集团的): after a shorter ending (…中心的, …所吧) it may be the name's own character.
PARTICLE_AFTER_NAME = re.compile(
    r"(?:(?<=有限公司)|(?<=有限责任公司)|(?<=集团)|(?<=研究院)|(?<=大学))[吧啊呀的]+$")


def without_full_stop(text: str) -> str:
    """`text` without the full stop voice input closes it with: 恒远灵巧手。 is 恒远灵巧手."""
    return FULL_STOP.sub("", text)


def choice_words(text: str) -> str:
    """The words of a spoken choice without its full stop and the words said with it (是工业。,
    选工业, 工业类的 name 工业, 工业类); whether they name one choice is for the choices to say."""
    said = without_full_stop(text.strip())
    return AROUND_CHOICE.fullmatch(said)["choice"] if said else said


def without_particle(name: str) -> str:
    """A unit's `name` without the full stop and the particle said after its ending
    (苏州恒远动力电池有限公司吧。 is 苏州恒远动力电池有限公司); as it was if it has no such
    particle."""
    said = without_full_stop(name)
    particle = PARTICLE_AFTER_NAME.search(said)
    return said[:particle.start()] if particle else name
