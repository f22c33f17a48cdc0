"""Every visible string has a Chinese translation with the same placeholders; forms are compiled."""

from __future__ import annotations

import shutil

from windowdesk.ui import forms_build, i18n_build


def test_every_source_string_has_a_chinese_translation(tmp_path):
    ts = tmp_path / "windowdesk_zh_CN.ts"
    shutil.copy(i18n_build.ts_path("zh_CN"), ts)
    i18n_build.update(ts, forms_build.REPO)  # picks up strings added to code but not to the .ts
    messages = i18n_build.read_messages(ts)
    assert len(messages) > 30
    assert i18n_build.problems(messages) == []


def test_placeholder_check_catches_a_mismatch():
    bad = i18n_build.Message("Ctx", "Window %1 of %2", "%1 号窗口", True)
    assert i18n_build.problems([bad]) == ["placeholders differ: [Ctx] 'Window %1 of %2' -> '%1 号窗口'"]


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
