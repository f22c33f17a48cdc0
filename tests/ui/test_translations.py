"""One message catalogue: every visible string of every layer has its Chinese with the same
placeholders, counts have plural forms (Chinese and English), one source below the UI has one
translation, no code writes a zh/en pair any more, the shipped .qm files are current and start-up
never compiles them; forms are compiled."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from windowdesk import messages
from windowdesk.domain import roles
from windowdesk.domain.queue import STATE_NAMES
from windowdesk.errors import Conflict, Forbidden, UserError, set_language
from windowdesk.messages import N_, Bilingual, Listing
from windowdesk.ui import forms_build, i18n_build


def test_every_source_string_has_a_chinese_translation(tmp_path):
    for language in i18n_build.LANGUAGES:
        shutil.copy(i18n_build.ts_path(language), tmp_path / i18n_build.ts_path(language).name)
    zh, en = tmp_path / "windowdesk_zh_CN.ts", tmp_path / "windowdesk_en.ts"
    # picks up strings added to code but not to the .ts: tr() in the UI, UserError/N_ below it, and
    # any zh/en pair still written in code
    assert i18n_build.update(zh, forms_build.REPO) == []
    messages_ = i18n_build.read_messages(zh)
    below_ui = [m for m in messages_ if m.context.startswith(messages.CONTEXT_PREFIX)]
    assert len(messages_) > 1000 and len(below_ui) > 500
    assert {m.context for m in below_ui} >= {
        "windowdesk.cli",
        "windowdesk.domain",
        "windowdesk.services.queue",
        "windowdesk.services.cases",
        "windowdesk.sync",
    }
    assert i18n_build.problems(messages_) == []
    # English is the source text; its file carries the plural forms of every %n message
    i18n_build.update(en, forms_build.REPO, plurals_only=True)
    plurals = i18n_build.read_messages(en)
    assert {m.source for m in plurals} == {m.source for m in messages_ if m.numerus}
    assert len(plurals) >= 3 and i18n_build.problems(plurals, plural_forms=2) == []


@pytest.mark.parametrize("language", i18n_build.LANGUAGES)
def test_the_shipped_qm_is_compiled_from_the_current_ts(tmp_path, language):
    fresh = i18n_build.compile_qm(i18n_build.ts_path(language), tmp_path / "fresh.qm")
    shipped = i18n_build.qm_path(language)
    assert shipped.exists(), "run python -m windowdesk.ui.i18n_build and commit the .qm"
    assert fresh.read_bytes() == shipped.read_bytes(), "the .qm is stale: run python -m windowdesk.ui.i18n_build"


def test_start_up_loads_the_qm_without_the_build_tool():
    code = (
        "import sys; import windowdesk.ui.i18n as i; "
        "print('windowdesk.ui.i18n_build' in sys.modules, 'subprocess' in sys.modules, i.qm_path('zh_CN').exists())"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False", "True"]


def test_placeholder_check_catches_a_mismatch():
    bad = i18n_build.Message("Ctx", "Window %1 of %2", "%1 号窗口", True)
    assert i18n_build.problems([bad]) == ["placeholders differ: [Ctx] 'Window %1 of %2' -> '%1 号窗口'"]
    same = i18n_build.Message("windowdesk.domain", "'{char!r}' at {position}", "第 {position} 位“{char}”", True)
    assert i18n_build.problems([same]) == []


def test_a_count_needs_a_plural_form_and_a_source_one_translation():
    counted = i18n_build.Message("CaseListPanel", "%1 case(s)", "共 %1 件", True)
    assert i18n_build.problems([counted]) == [
        "count without a plural form (use %n, tr(text, '', n)): [CaseListPanel] '%1 case(s)'"
    ]
    plural = i18n_build.Message("CaseListPanel", "%n case(s)", "共 %n 件", True, True, ("共 %n 件",))
    assert i18n_build.problems([plural]) == []
    one_form = i18n_build.Message("CaseListPanel", "%n case(s)", "%n case", True, True, ("%n case",))
    assert i18n_build.problems([one_form], plural_forms=2) == [
        "plural forms: [CaseListPanel] '%n case(s)' -> ['%n case']"
    ]
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


def test_a_refusal_names_the_action_and_the_roles_in_either_language():
    source, values = roles.refusal("case.batch_print")
    refused = Forbidden(source, **values)
    assert refused.zh == "当前用户无权批量打印文书（限督查人员、管理员）"
    assert refused.en == "You may not print documents in batch (only: supervisor, administrator)"
    assert messages.message("{x}", "en", x=Listing([N_("clerk"), "A"])) == "clerk, A"


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
        "class Bad(UserError):\n"
        "    def __init__(self, n):\n"
        "        super().__init__('{n} bad rows', n=n)\n"
        "def f(x):\n"
        "    label = N_('paused')\n"
        "    raise Busy('Window {n} is busy', n=x)\n"
        "def g():\n"
        "    raise UserError('号码无效', 'Not a number')\n"
        "def h(x):\n"
        "    raise UserError(f'bad {x}')\n"
        "KINDS = {'a': ('听证', 'hearing')}\n"
        "SAID = Bilingual('（原因）', ' (reason)')\n"
        "LABEL = QCoreApplication.translate('Ctx', 'not ours')\n",
    )
    found = i18n_build.extract(tmp_path)
    assert sorted(found.messages["windowdesk.services.queue"]) == [
        "Window {n} is busy",
        "paused",
        "{n} bad rows",
    ]
    assert [p.split(":")[0] for p in found.problems] == ["zh/en pair", "zh/en pair", "f-string message"]
    assert [p.split(":")[2] for p in found.problems[:2]] == ["10", "13"]


def test_adopt_rewrites_pairs_and_puts_the_chinese_in_the_catalogue(tmp_path):
    module = _tree(
        tmp_path,
        "class FileError(UserError):\n"
        "    def __init__(self, path):\n"
        '        super().__init__("{path} 有错误", "{path} has errors", path=path)\n'
        "def f(n):\n"
        "    raise NotFound(\n"
        '        "没有 {n} 号窗口",\n'
        '        "There is no window {n}",\n'
        "        n=n,\n"
        "    )\n"
        'KINDS = {"a": ("听证", "hearing")}\n',
    )
    ts = tmp_path / "windowdesk_zh_CN.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="zh_CN"></TS>\n')
    report = i18n_build.adopt([module], ts, tmp_path)
    assert report == [f"{module}: 2 message(s) adopted into [windowdesk.services.queue]"]
    code = module.read_text(encoding="utf-8")
    assert 'super().__init__("{path} has errors", path=path)' in code
    assert 'raise NotFound(\n        "There is no window {n}",\n        n=n,' in code
    assert '("听证", "hearing")' in code  # a label pair only with --labels
    assert i18n_build.adopt([module], ts, tmp_path, labels=True) == [
        f"{module}: 1 message(s) adopted into [windowdesk.services.queue]"
    ]
    assert 'KINDS = {"a": N_("hearing")}' in module.read_text(encoding="utf-8")
    key = "windowdesk.services.queue"
    assert sorted(i18n_build.read_messages(ts), key=lambda m: m.source) == [
        i18n_build.Message(key, "There is no window {n}", "没有 {n} 号窗口", True),
        i18n_build.Message(key, "hearing", "听证", True),
        i18n_build.Message(key, "{path} has errors", "{path} 有错误", True),
    ]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_user_error_keeps_its_source_and_params(language):
    set_language(language)
    try:
        error = UserError("Unknown time zone: {zone}", zone="Mars/Base")
        assert error.source == "Unknown time zone: {zone}" and error.params == {"zone": "Mars/Base"}
        assert str(error) == ("未知时区：Mars/Base" if language == "zh_CN" else "Unknown time zone: Mars/Base")
    finally:
        set_language("zh_CN")


def test_generated_form_code_is_current():
    forms = sorted(forms_build.FORMS.glob("*.ui"))
    # the counter's, intake's and supervision's static layouts are forms too
    assert {"applicant_form.ui", "case_list.ui", "case_page.ui", "counter_queue.ui", "intake_panel.ui"} <= {
        form.name for form in forms
    }
    stale = [
        form.name
        for form in forms
        if forms_build.generated_name(form).read_text(encoding="utf-8") != forms_build.generate(form)
    ]
    assert stale == [], f"run python -m windowdesk.ui.forms_build for {stale}"
    orphans = {p.name for p in forms_build.GENERATED.glob("ui_*.py")} - {
        forms_build.generated_name(form).name for form in forms
    }
    assert orphans == set(), f"generated code without a form: {sorted(orphans)}"
