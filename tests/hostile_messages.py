"""Messages made to be hard on a regular expression: a word the bot knows (好的, 嗯, 部署数量, a
digit), typed again and again, with or without a pause, then one thing the bot does not expect.
A pattern that can read such a run in many ways tries each before it gives up, and on the bot's
single event loop that stalls every engineer. Shared by the tests and the benchmark."""

# (what is repeated, what ends the message)
SHAPES = (
    ("好的，", "x"), ("好的", "x"), ("嗯", "x"), ("嗯，", "？"), ("可以 ", "？"), ("收到、", "1"),
    ("确认无误，", "x"), ("好的，", "？"), ("1", "x"), ("1 ", "x"), ("1、", "x"), ("一", "x"),
    ("十一", "x"), ("1项 ", "x"), ("部署数量,", "x"), ("暂定 ", "？"), ("并且 ", "x"),
    ("需要 ", "？"), ("备注 合作单位 ", "x"), ("族", "x"), (" ", "1"), ("  ", "？"),
    ("一二", "？"), ("零一二两三四五六七八九十百千万", "1"), ("稍等", "x"), ("等等", "x"),
    ("谢谢", "x"), ("没有", "x"), ("不是", "x"), ("10台", "x"), ("的", "x"), ("了", "x"),
)


def hostile(length: int = 300) -> list[str]:
    """Each shape repeated to fill `length` characters, its ending last."""
    return [unit * ((length - len(end)) // len(unit)) + end for unit, end in SHAPES]
