"""Words for the coordinator told apart from answers, whole messages only (flows/talk_back.py)."""

import pytest

from flows.talk_back import talk_back, unprompted_talk_back


@pytest.mark.parametrize("typed", [
    "收到", "好的", "好的，马上改", "收到，谢谢领导", "已修改，请审核", "改好了", "已按意见修改",
    "嗯好的我这就去改一下", "收到。", "OK", "@张处 已按意见修改", "＠张处", "为什么退回？", "为什么退回",
    "哪里需要改？", "协调员意见是什么", "退回原因", "这个指标我们暂时没有实测数据，能否先提交？",
    "请问联系人电话多少", "已修改，请查收", "已经按要求修改", "已修改完成，请再次审核", "已改好，麻烦再看下",
    "收到，谢谢李科", "收到 谢谢张处", "收到，稍等", "好的，马上处理", "为啥退回我的",
    "收到，马上改部署总数", "好的，我这就去修改名称。",
])
def test_words_for_the_coordinator_are_talk_back(typed):
    assert talk_back(typed)


@pytest.mark.parametrize("typed", [
    "收到订单后需人工分拣", "收到货后检验", "好的产品体验", "改进装配工艺",
    "为什么要用机器人：人工成本高、招工难", "已修改为6台", "好的，10台", "协调员", "修改", "提交", "无",
    "现有产线布局固定，不能改", "节拍无法修改", "需要改造产线", "",
    "老旧设备接口封闭，没法改", "产品多品种小批量，换型频繁，现有产线布局固定，改不了", "稍等片刻后自动复位",
    "感谢信", "谢谢光临迎宾机器人", "立即调整产线布局", "收到订单立即处理分拣",
])
def test_answers_and_near_misses_are_not_talk_back(typed):
    assert not talk_back(typed)


@pytest.mark.parametrize(("typed", "unprompted"), [
    ("收到", False), ("好的，谢谢", False), ("收到，谢谢李科", False), ("嗯嗯", False), ("OK", False),
    ("收到，稍等", False), ("辛苦了", False),
    ("已修改，请查收", True), ("好的，马上改", True), ("@李科 部署总数填错了", True),
    ("能否先审核通过？", True), ("请问联系人电话多少", True), ("为什么退回？", True),
    ("我要改一下部署总数", False), ("收到订单后需人工分拣", False),
])
def test_thanks_alone_are_no_words_for_a_coordinator_who_wrote_nothing(typed, unprompted):
    assert unprompted_talk_back(typed) == unprompted


@pytest.mark.parametrize("typed", [
    "为什么退回？我们的痛点写得很清楚了", "为什么退回？名称哪里不对", "为什么退回？成员没问题啊",
    "为什么退回？这个可以不填吧", "为什么被退回了，我们都填了", "哪里需要改？部署总数吗",
    "领导，痛点写得很清楚了", "领导您好，成员没问题啊", "老师：这个可以不填吧", "李科长，名称哪里不对",
    "王处长您好，已经按要求写了", "赵主任，这个指标没有实测",
])
def test_a_message_opened_by_a_question_about_the_return_or_a_coordinator_called_is_talk_back(
        typed):
    assert talk_back(typed)


@pytest.mark.parametrize("typed", [
    "为什么要退回旧设备，更换为机器人", "此处，人工搬运效率低", "领导驾驶舱数据展示", "李处，名称哪里不对",
    "王科，成员没问题", "王主任：统筹协调", "副主任，负责现场协调", "车间主任，每天巡检两次",
    "老师傅经验难以传承", "领导重视，已列入年度计划",
])
def test_answers_opened_like_a_vocative_or_a_return_question_are_not_talk_back(typed):
    assert not talk_back(typed)
