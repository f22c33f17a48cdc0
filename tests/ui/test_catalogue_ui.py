"""The catalogue browser (clerks) and editor (supervisors), driven as a user would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from tests.services.catalogue_support import load_small
from tests.ui.conftest import make_app_context
from windowdesk.domain import roles
from windowdesk.services import catalogue
from windowdesk.ui.catalogue.browser import CatalogueBrowser
from windowdesk.ui.catalogue.editor import CatalogueEditor
from windowdesk.ui.faces import FACES
from windowdesk.ui.main_window import MainWindow


class CountingTasks:
    """Wraps the synchronous runner to count the calls that reach the services."""

    def __init__(self, inner):
        self.inner, self.calls = inner, 0
        self.busy_changed = inner.busy_changed

    def run(self, fn, *args, **kwargs):
        self.calls += 1
        return self.inner.run(fn, *args, **kwargs)

    def wait_idle(self, msecs=0):
        return True


def test_clerk_finds_a_matter_by_initials_and_reads_it(qtbot, sqlite_ctx, app_context, tmp_path):
    load_small(sqlite_ctx, tmp_path, matters=60)  # as the admin; the app acts as a clerk
    counting = CountingTasks(app_context.tasks)
    app_context.tasks = counting
    browser = CatalogueBrowser(app_context)
    qtbot.addWidget(browser)
    picker = browser.picker
    assert picker.tree.topLevelItemCount() == 10
    assert picker.status.text() == "10 个部门共 51 个事项"
    loads = counting.calls
    qtbot.keyClicks(picker.search, "spjy")
    assert counting.calls == loads  # typing searches the in-memory index, not the store
    assert picker.results.isVisible() or picker.stack.currentWidget() is picker.results
    first = picker.results.item(0)
    assert first.text().startswith("食品经营许可（新办）")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    detail = browser.detail
    assert "食品经营许可（新办）" in detail.title.text()
    matter = catalogue.matter_version(app_context.services, "XK-SCJG-001").matter
    assert detail.materials.rowCount() == len(matter.materials)
    assert detail.materials.item(0, 0).text() == matter.materials[0].name
    assert "10 个工作日" in detail.facts.text() and "市场监管综合窗口" in detail.facts.text()
    picker.search.clear()
    assert picker.stack.currentWidget() is picker.tree
    picker.search.setText("没有这种事项")  # an input method commits Chinese as one text change
    assert "没有与" in picker.results.item(0).text()


def test_clerk_saves_the_guide(qtbot, sqlite_ctx, app_context, tmp_path):
    load_small(sqlite_ctx, tmp_path, matters=60)
    browser = CatalogueBrowser(app_context)
    qtbot.addWidget(browser)
    browser.show_matter("XK-GA-001")
    target = tmp_path / "guide.pdf"
    browser.detail.choose_guide_path = lambda suggested: target
    browser.detail.guide_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    assert app_context.dialogs.shown[-1] == ("info", f"办事指南已保存到 {target}")


def test_supervisor_edits_and_publishes_a_version(qtbot, sqlite_ctx, local_settings, tmp_path):
    load_small(sqlite_ctx, tmp_path, matters=60)
    app = make_app_context(sqlite_ctx, local_settings, role=roles.SUPERVISOR)
    editor = CatalogueEditor(app)
    qtbot.addWidget(editor)
    assert editor.picker.select("XK-SCJG-001")
    form = editor.form
    assert form.name.text() == "食品经营许可（新办）" and form.code.isReadOnly()
    assert form.extension.value() == 10 and not form.silence_consent.isChecked()
    form.promised.setValue(3)
    form.extension.setValue(15)
    form.silence_consent.setChecked(True)
    form.add_material(form.read()[0].materials[0].__class__("食品安全承诺书"))
    editor.save_button.click()
    assert app.dialogs.shown[-1][0] == "info" and "第 2 版" in app.dialogs.shown[-1][1]
    current = catalogue.matter_version(sqlite_ctx, "XK-SCJG-001")
    assert current.number == 2 and current.matter.promised_limit_days == 3
    assert (current.matter.extension_days, current.matter.silence_consent) == (15, True)
    assert current.matter.materials[-1].name == "食品安全承诺书"
    assert "第 2 版" in editor.heading.text()

    # a broken rule is shown at once and nothing is published
    form.name.setText("")
    form.fee.setText("八十")
    editor.save_button.click()
    assert "事项名称" in form.problems.text() and "收费金额" in form.problems.text()
    assert form.name.property("error") and form.fee.property("error")  # drawn red by the style sheet
    assert catalogue.matter_version(sqlite_ctx, "XK-SCJG-001").number == 2
    editor.revert_button.click()
    assert form.name.text() == "食品经营许可（新办）" and form.problems.text() == ""


def test_supervisor_adds_a_new_matter(qtbot, sqlite_ctx, local_settings, tmp_path):
    load_small(sqlite_ctx, tmp_path, matters=60)
    app = make_app_context(sqlite_ctx, local_settings, role=roles.SUPERVISOR)
    editor = CatalogueEditor(app)
    qtbot.addWidget(editor)
    editor.new_button.click()
    form = editor.form
    assert not form.code.isReadOnly()
    form.code.setText("GF-GA-009")
    form.name.setText("临时居住登记")
    form.department.setCurrentIndex(form.department.findData("GA"))
    form.handling.setCurrentIndex(form.handling.findData("immediate"))
    form.delivery["window"].setChecked(True)
    form.materials.item(0, 0).setText("居民身份证")
    assert form.promised.value() == 0 and not form.promised.isEnabled()  # on the spot: no promise
    editor.save_button.click()
    assert form.problems.text() == "", form.problems.text()
    added = catalogue.matter_version(sqlite_ctx, "GF-GA-009")
    assert added.matter.name == "临时居住登记" and added.matter.department == "GA"
    assert editor.picker.select("GF-GA-009")  # the tree reloaded after publishing


def test_menus_offer_the_browser_to_clerks_and_the_editor_to_supervisors(qtbot, sqlite_ctx, local_settings):
    clerk_window = MainWindow(make_app_context(sqlite_ctx, local_settings))
    qtbot.addWidget(clerk_window)
    names = {a.objectName() for a in clerk_window.findChildren(QAction)}
    assert "openCatalogueAction" in names and "openCatalogueEditorAction" not in names
    supervisor = MainWindow(make_app_context(sqlite_ctx, local_settings, role=roles.SUPERVISOR))
    qtbot.addWidget(supervisor)
    assert "openCatalogueEditorAction" in {a.objectName() for a in supervisor.findChildren(QAction)}
    editor = supervisor.open_face(FACES["catalogue_editor"])
    qtbot.addWidget(editor)
    assert editor.objectName() == "catalogue_editorFace" and editor.windowTitle() == "事项清单维护"


def test_unsaved_edits_are_not_lost_without_asking(qtbot, sqlite_ctx, local_settings, tmp_path):
    load_small(sqlite_ctx, tmp_path, matters=60)
    app = make_app_context(sqlite_ctx, local_settings, role=roles.SUPERVISOR)
    editor = CatalogueEditor(app)
    qtbot.addWidget(editor)
    editor.picker.select("XK-SCJG-001")
    assert not editor.has_unsaved_changes()
    editor.picker.select("XK-SCJG-002")  # nothing edited: no question
    assert editor.form.name.text() == "食品经营许可（变更）" and app.dialogs.shown == []
    editor.form.notes.setPlainText("周末不办理")
    app.dialogs.confirm_answers = [False]
    editor.picker.select("XK-GA-001")
    assert app.dialogs.shown[-1] == ("confirm", "放弃对“食品经营许可（变更）”的修改吗？")
    assert editor.form.notes.toPlainText() == "周末不办理"  # kept
    app.dialogs.confirm_answers = [True]
    editor.picker.select("XK-SCJG-003")
    assert editor.form.name.text() == "食品经营许可（延续）" and editor.form.notes.toPlainText() == ""


def test_supervisor_imports_a_workbook_with_bad_rows_and_keeps_the_good_ones(
    qtbot, sqlite_ctx, local_settings, tmp_path
):
    import json

    from tests.services.catalogue_support import small_document

    load_small(sqlite_ctx, tmp_path, matters=3)
    app = make_app_context(sqlite_ctx, local_settings, role=roles.SUPERVISOR)
    editor = CatalogueEditor(app)
    qtbot.addWidget(editor)
    document = small_document(6)
    document["matters"][4]["queue_category"] = "AB"
    path = tmp_path / "dept.json"
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    files = editor.files
    files.choose_import_path = lambda: path
    app.dialogs.confirm_answers = [False]
    files.import_button.click()
    kind, question = app.dialogs.shown[-1]
    assert kind == "confirm" and "matters 第 5 行 queue_category：" in question
    assert len(catalogue.list_matters(sqlite_ctx)) == 3  # declined: nothing imported
    app.dialogs.confirm_answers = [True]
    files.import_button.click()
    kind, summary = app.dialogs.shown[-1]
    assert kind == "info" and "事项：新增 2 个" in summary and "未导入的行" in summary
    assert len(catalogue.list_matters(sqlite_ctx)) == 5
    assert editor.picker.status.text().startswith("10 个部门共 5 个事项")

    files.choose_export_path = lambda suggested, file_filter: tmp_path / "out.xlsx"
    files.export_button.click()
    assert (tmp_path / "out.xlsx").read_bytes()[:2] == b"PK"
    assert app.dialogs.shown[-1] == ("info", f"已导出 5 个事项到 {tmp_path / 'out.xlsx'}")


def test_supervisor_adds_and_corrects_departments(qtbot, sqlite_ctx, local_settings, tmp_path):
    load_small(sqlite_ctx, tmp_path, matters=3)
    app = make_app_context(sqlite_ctx, local_settings, role=roles.SUPERVISOR)
    editor = CatalogueEditor(app)
    qtbot.addWidget(editor)
    dialog = editor.open_departments()
    table = dialog.table
    assert table.rowCount() == 10
    gong_an = next(r for r in range(10) if table.item(r, 0).text() == "GA")
    assert not table.item(gong_an, 0).flags() & Qt.ItemFlag.ItemIsEditable
    table.item(gong_an, 2).setText("0512-110110")
    dialog.add_row()
    table.item(10, 0).setText("tyj")
    table.item(10, 1).setText("")  # no name yet
    dialog.save_button.click()
    assert "第 11 行：部门名称不能为空" in dialog.ui.problemsLabel.text()
    assert "TYJ" not in _codes(sqlite_ctx)
    assert next(d for d in catalogue.list_departments(sqlite_ctx) if d.code == "GA").phone != "0512-110110"
    table.item(10, 1).setText("示范市体育局")
    dialog.save_button.click()
    assert app.dialogs.shown[-1] == ("info", "已保存 2 个部门。")
    departments = {d.code: d for d in catalogue.list_departments(sqlite_ctx)}
    assert departments["TYJ"].name == "示范市体育局" and departments["GA"].phone == "0512-110110"
    assert editor.form.department.findData("TYJ") >= 0  # the editor's list followed
    dialog.close()


def _codes(ctx):
    return [d.code for d in catalogue.list_departments(ctx)]


def test_the_browser_speaks_english_too(qtbot, qapp, sqlite_ctx, app_context, tmp_path):
    from windowdesk.ui.i18n import install_language

    load_small(sqlite_ctx, tmp_path, matters=60)
    install_language(qapp, "en")
    browser = CatalogueBrowser(app_context)
    qtbot.addWidget(browser)
    browser.show_matter("QR-BDC-002")
    facts = browser.detail.facts.text()
    assert "Statutory limit" in facts and "30 working days" in facts and "80.00 yuan" in facts
    assert browser.detail.materials.item(5, 1).text().startswith("conditional: ")
    assert browser.picker.status.text() == "51 matters in 10 departments"
