"""A yes in words to being asked whether the robots are the 用户单位's own (flows/own_makers.py):
是的，我们自己的机器人, 自己的, 本单位自研, 我们自研的, 自研. Read as 保持不变 is, these are never
a unit's name, and saved as the 整机企业 they lost the name they answered for."""

import re

_YES = r"(?:(?:是的?|对的?|嗯+|没错|确认|确实|是啊|是呀)[\s，,。！!]*)?"
_WHO = r"(?:我们|我司|本单位|本公司|本企业|我单位|我公司|我们公司|我们单位|用户单位)?"
_OWN = (r"(?:自己|自家)的?(?:研发|研制|生产|制造|开发|做|造)?的?"
        r"|自(?:研|产|制|主研发|主研制|主开发|行研发|行研制)的?")
OWN_ROBOTS = re.compile(rf"{_YES}{_WHO}(?:就|也|都)?是?(?:{_OWN})(?:机器人|设备|产品|整机)?"
                        r"(?:的|了|啊|呀)?[\s!！。.~～，,]*")


def says_own_robots(text: str) -> bool:
    return bool(OWN_ROBOTS.fullmatch(text.strip()))
