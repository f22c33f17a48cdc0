"""The rules of 好差评: levels, reasons, the follow-up's order and due date (2026 holidays)."""

from __future__ import annotations

import datetime as dt

import pytest

from windowdesk.domain import ratings as rules
from windowdesk.domain.official_schedule import OfficialSchedule
from windowdesk.domain.pinyin_input import pinyin_index, toneless
from windowdesk.domain.workdays import WorkdayCalendar
from windowdesk.errors import Conflict, UserError, set_language

CALENDAR = WorkdayCalendar(OfficialSchedule())


@pytest.mark.parametrize(
    ("rated_on", "due"),
    [
        # Spring Festival 2026: 2-14 (Sat) worked, 2-15..2-23 off, 2-28 (Sat) worked.
        # 2-14, 2-24..27, 2-28, 3-2..6, 3-9..12 are the 15 working days after Friday 2-13.
        (dt.date(2026, 2, 13), dt.date(2026, 3, 12)),
        # From the Saturday make-up day itself: 2-24..27, 2-28, 3-2..6, 3-9..13.
        (dt.date(2026, 2, 14), dt.date(2026, 3, 13)),
        # National Day 2026: 9-25 and 10-1..7 off, 9-20 (Sun) and 10-10 (Sat) worked.
        # 9-28, 9-29, 9-30, 10-8, 10-9, 10-10, 10-12..16, 10-19..22 after Thursday 9-24.
        (dt.date(2026, 9, 24), dt.date(2026, 10, 22)),
        # 10-8, 10-9, 10-10, 10-12..16, 10-19..23, 10-26, 10-27 after Wednesday 9-30.
        (dt.date(2026, 9, 30), dt.date(2026, 10, 27)),
        # A rating given during the holiday counts from the next working day, 10-8: the same
        # 15 days as from 9-30, since none of 10-1..10-7 is worked.
        (dt.date(2026, 10, 3), dt.date(2026, 10, 27)),
    ],
)
def test_follow_up_is_due_fifteen_working_days_later_across_the_2026_holidays(rated_on, due):
    result = rules.followup_due(CALENDAR, rated_on, 15)
    assert result.day == due
    assert not result.provisional
    assert CALENDAR.working_days_between(rated_on, due) == 15


def test_levels_reasons_and_the_bad_ones():
    assert [rules.level_name(n) for n in (5, 4, 3, 2, 1)] == [
        "非常满意",
        "满意",
        "基本满意",
        "不满意",
        "非常不满意",
    ]
    assert {1, 2} == rules.BAD_LEVELS
    assert list(rules.REASONS) == [
        "attitude",
        "efficiency",
        "unclear_notice",
        "repeated_visits",
        "environment",
        "other",
    ]
    assert rules.level_name(None) == "未评价"
    checked = rules.check_rating(2, ["other", "attitude", "attitude"], "  等了很久 ")
    assert checked == rules.RatingInput(2, ("attitude", "other"), "等了很久")


@pytest.mark.parametrize(
    ("level", "reasons", "zh", "en"),
    [
        (0, [], "1 到 5 之间的整数", "from 1 to 5"),
        (6, [], "而不是 6", "not 6"),
        (True, [], "1 到 5", "from 1 to 5"),
        (2, [], "须至少选择一个原因", "choose at least one reason"),
        (1, ["rude"], "没有评价原因代码“rude”", "no rating reason 'rude'"),
        (5, ["attitude"], "只有差评", "only for a bad rating"),
    ],
)
def test_bad_ratings_are_explained_in_both_languages(level, reasons, zh, en):
    with pytest.raises(UserError) as caught:
        rules.check_rating(level, reasons)
    assert zh in caught.value.message
    set_language("en")
    assert en in caught.value.message


def test_the_follow_up_goes_verify_rectify_callback_close_and_a_repeat_counts_once():
    assert rules.next_step([]) == "verify"
    assert rules.next_step(["verify", "verify", "rectify"]) == "callback"
    assert rules.next_step(["verify", "rectify", "callback", "close"]) == rules.CLOSED
    with pytest.raises(Conflict, match="下一步应为“核实”"):
        rules.check_step("ZG1", [], "rectify", "整改", None)
    with pytest.raises(UserError, match="回访须记录申请人是否满意"):
        rules.check_step("ZG1", ["verify", "rectify"], "callback", "已回访", None)
    with pytest.raises(UserError, match="只有回访"):
        rules.check_step("ZG1", [], "verify", "属实", True)
    with pytest.raises(UserError, match="请填写核实情况说明"):
        rules.check_step("ZG1", [], "verify", "  ", None)
    with pytest.raises(Conflict, match="已办结"):
        rules.check_step("ZG1", list(rules.STEPS), "close", "x", None)
    assert rules.check_step("ZG1", ["verify", "rectify"], "callback", " 满意 ", True) == "满意"


def test_pinyin_input_finds_words_and_characters():
    index = pinyin_index()
    assert toneless("lǜ") == "lv" and toneless("zhōng") == "zhong"
    assert index.candidates("fuwu")[0].text == "服务"
    assert "时间" in [c.text for c in index.candidates("shijian")]
    first = index.candidates("taijiu")
    assert "太" in [c.text for c in first]
    assert {c.consumed for c in first if len(c.text) == 1} == {3}  # a character takes "tai" only
    assert index.candidates("") == []
