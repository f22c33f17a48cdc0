"""One message catalogue: every visible string of every layer has its Chinese with the same
placeholders, counts have plural forms, the shipped .qm is current; forms are compiled."""

from __future__ import annotations

import shutil

import pytest

from windowdesk import messages
from windowdesk.domain.queue import STATE_NAMES
from windowdesk.errors import Conflict, UserError, set_language
from windowdesk.messages import N_, Bilingual
from windowdesk.ui import forms_build, i18n_build


def test_every_source_string_has_a_chinese_translation(tmp_path):
    ts = tmp_path / "windowdesk_zh_CN.ts"
    shutil.copy(i18n_build.ts_path("zh_CN"), ts)
    # picks up strings added to code but not to the .ts: tr() in the UI, UserError/N_ below it
    assert i18n_build.update(ts, forms_build.REPO) == []
    messages_ = i18n_build.read_messages(ts)
    below_ui = [m for m in messages_ if m.context.startswith(messages.CONTEXT_PREFIX)]
    assert len(messages_) > 300 and len(below_ui) > 150
    assert {m.context for m in below_ui} >= {
        "windowdesk.domain",
        "windowdesk.services.queue",
        "windowdesk.sync",
    }
    assert i18n_build.problems(messages_) == []


def test_the_shipped_qm_is_compiled_from_the_current_ts(tmp_path):
    fresh = i18n_build.compile_qm(i18n_build.ts_path("zh_CN"), tmp_path / "fresh.qm")
    shipped = i18n_build.qm_path("zh_CN")
    assert shipped.exists(), "run python -m windowdesk.ui.i18n_build and commit the .qm"
    assert fresh.read_bytes() == shipped.read_bytes(), (
        "the .qm is stale: run python -m windowdesk.ui.i18n_build"
    )


def test_placeholder_check_catches_a_mismatch():
    bad = i18n_build.Message("Ctx", "Window %1 of %2", "%1 号窗口", True)
    assert i18n_build.problems([bad]) == ["placeholders differ: [Ctx] 'Window %1 of %2' -> '%1 号窗口'"]
    same = i18n_build.Message(
        "windowdesk.domain", "'{char!r}' at {position}", "第 {position} 位“{char}”", True
    )
    assert i18n_build.problems([same]) == []


def test_a_count_needs_a_plural_form_and_a_source_one_translation():
    counted = i18n_build.Message("CaseListPanel", "%1 case(s)", "共 %1 件", True)
    assert i18n_build.problems([counted]) == [
        "count without a plural form (use %n, tr(text, '', n)): [CaseListPanel] '%1 case(s)'"
    ]
    plural = i18n_build.Message("CaseListPanel", "%n case(s)", "共 %n 件", True, numerus=True)
    assert i18n_build.problems([plural]) == []
    twice = [
        i18n_build.Message("windowdesk.domain", "done", "已办结", True),
        i18n_build.Message("windowdesk.services.queue", "done", "完成", True),
    ]
    assert i18n_build.problems(twice) == [
        "two translations of 'done': [windowdesk.domain] '已办结', [windowdesk.services.queue] '完成'"
    ]


def test_messages_below_the_ui_follow_the_language():
    error = Conflict(
        "Ticket {number} is {state}; cannot {move}{why}",
        number="A001",
        state=STATE_NAMES["done"],
        move=N_("call"),
        why=Bilingual("（原因）", " (why)"),
    )
    assert str(error) == "号码 A001 当前为“已办结”，不能呼叫（原因）"
    set_language("en")
    try:
        assert str(error) == "Ticket A001 is done; cannot call (why)"
        assert messages.translate(STATE_NAMES["issued"]) == "waiting"
    finally:
        set_language("zh_CN")
    assert error.zh == "号码 A001 当前为“已办结”，不能呼叫（原因）" and error.en.startswith("Ticket A001")
    assert messages.translate(STATE_NAMES["issued"]) == "等候中"
    assert messages.translate("a text nobody catalogued") == "a text nobody catalogued"


def _tree(tmp_path, code: str):
    package = tmp_path / "src" / "windowdesk" / "services" / "queue"
    package.mkdir(parents=True)
    (tmp_path / "src" / "windowdesk" / "ui").mkdir()
    module = package / "moves.py"
    module.write_text(code, encoding="utf-8")
    return module


def test_extraction_collects_errors_and_marks_by_package_and_refuses_pairs(tmp_path):
    _tree(
        tmp_path,
        "class Busy(Conflict):\n    pass\n"
        "def f(x):\n"
        "    label = N_('paused')\n"
        "    raise Busy('Window {n} is busy', n=x)\n"
        "def g():\n"
        "    raise UserError('号码无效', 'Not a number')\n"
        "def h(x):\n"
        "    raise UserError(f'bad {x}')\n",
    )
    found = i18n_build.extract(tmp_path)
    assert found.messages == {
        "windowdesk.services.queue": ["paused", "Window {n} is busy"]
    } or found.messages == {"windowdesk.services.queue": ["Window {n} is busy", "paused"]}
    assert [p.split(":")[0] for p in found.problems] == ["zh/en pair", "f-string message"]


def test_adopt_rewrites_pairs_and_puts_the_chinese_in_the_catalogue(tmp_path):
    module = _tree(
        tmp_path,
        "def f(n):\n"
        "    raise NotFound(\n"
        '        "没有 {n} 号窗口",\n'
        '        "There is no window {n}",\n'
        "        n=n,\n"
        "    )\n",
    )
    ts = tmp_path / "windowdesk_zh_CN.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="zh_CN"></TS>\n')
    report = i18n_build.adopt([module], ts, tmp_path)
    assert report == [f"{module}: 1 message(s) adopted into [windowdesk.services.queue]"]
    assert 'raise NotFound(\n        "There is no window {n}",\n        n=n,' in module.read_text(
        encoding="utf-8"
    )
    assert i18n_build.read_messages(ts) == [
        i18n_build.Message("windowdesk.services.queue", "There is no window {n}", "没有 {n} 号窗口", True)
    ]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_user_error_keeps_its_source_and_params(language):
    set_language(language)
    try:
        error = UserError("Unknown time zone: {zone}", zone="Mars/Base")
        assert error.source == "Unknown time zone: {zone}" and error.params == {"zone": "Mars/Base"}
        assert str(error) == (
            "未知时区：Mars/Base" if language == "zh_CN" else "Unknown time zone: Mars/Base"
        )
    finally:
        set_language("zh_CN")


def test_generated_form_code_is_current():
    stale = [
        form.name
        for form in sorted(forms_build.FORMS.glob("*.ui"))
        if forms_build.generated_name(form).read_text(encoding="utf-8") != forms_build.generate(form)
    ]
    assert stale == [], f"run python -m windowdesk.ui.forms_build for {stale}"
