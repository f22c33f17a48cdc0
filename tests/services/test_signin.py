"""Sign-in security: lockout after repeated failures (by the services' clock), a message that never
tells whether a login exists, admin unlock, idle-lock unlocking, and everything audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.services.queue_support import use_clock
from windowdesk.errors import UserError
from windowdesk.services import settings
from windowdesk.services import site as site_service
from windowdesk.store.models import AuditEntry


def _actions(ctx) -> list[str]:
    with ctx.reading() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.at, AuditEntry.id)))


def _message(ctx, login, password) -> str:
    with pytest.raises(UserError) as caught:
        site_service.authenticate(ctx, login, password)
    return str(caught.value)


def test_five_failures_lock_the_login_for_fifteen_minutes(ctx, monkeypatch):
    clock = use_clock(ctx)
    site_service.add_user(ctx, "clerk5", "clerk", "secret123", must_change_password=False)
    for _ in range(4):
        _message(ctx, "clerk5", "wrong-pass")
    assert site_service.authenticate(ctx, "clerk5", "secret123").login == "clerk5"  # resets the count
    for _ in range(5):
        _message(ctx, "clerk5", "wrong-pass")
    locked = site_service.get_user(ctx, "clerk5").locked_until
    assert locked == clock.now() + __import__("datetime").timedelta(minutes=15)
    # the right password does not help while locked, and the message is the same as for a stranger
    assert _message(ctx, "clerk5", "secret123") == _message(ctx, "no-such-user", "secret123")
    clock.advance(minutes=14, seconds=59)
    _message(ctx, "clerk5", "secret123")
    clock.advance(seconds=1)
    assert site_service.authenticate(ctx, "clerk5", "secret123").login == "clerk5"
    actions = _actions(ctx)
    assert actions.count("user.lockout") == 1
    assert actions.count("user.login_failed") == 4 + 5 + 2 + 1  # the stranger's attempt too
    assert actions.count("user.login") == 2


def test_the_limits_are_settings(ctx, monkeypatch):
    clock = use_clock(ctx)
    settings.set_setting(ctx, "auth.max_failures", 3)
    settings.set_setting(ctx, "auth.lockout_minutes", 2)
    site_service.add_user(ctx, "clerk6", "clerk", "secret123")
    for _ in range(3):
        message = _message(ctx, "clerk6", "nope-nope")
    assert "连续输错 3 次，账户将锁定 2 分钟" in message
    _message(ctx, "clerk6", "secret123")
    clock.advance(minutes=2)
    assert site_service.authenticate(ctx, "clerk6", "secret123").login == "clerk6"
    with pytest.raises(UserError, match="须在 3 到 20 之间"):
        settings.set_setting(ctx, "auth.max_failures", 0)


def test_an_admin_unlocks_a_locked_login(ctx, monkeypatch):
    use_clock(ctx)
    site_service.add_user(ctx, "clerk4", "clerk", "secret123")
    for _ in range(5):
        _message(ctx, "clerk4", "wrong-pass")
    assert site_service.get_user(ctx, "clerk4").locked_until is not None
    site_service.unlock_user(ctx, "clerk4")
    assert site_service.get_user(ctx, "clerk4").locked_until is None
    assert site_service.authenticate(ctx, "clerk4", "secret123").login == "clerk4"
    assert "user.unlock_login" in _actions(ctx)


def test_an_idle_lock_opens_only_for_the_same_user_or_an_admin(ctx, monkeypatch):
    use_clock(ctx)
    site_service.add_user(ctx, "clerk1", "clerk", "secret123", must_change_password=False)
    site_service.add_user(ctx, "clerk2", "clerk", "secret456", must_change_password=False)
    site_service.add_user(ctx, "chief", "admin", "chiefpass1", must_change_password=False)
    clerk1 = ctx.as_actor(site_service.authenticate(ctx, "clerk1", "secret123", window_no=2))
    site_service.lock_session(clerk1)
    with pytest.raises(UserError, match="须输入本人或管理员"):
        site_service.unlock_session(clerk1, "clerk2", "secret456")  # another clerk: no
    with pytest.raises(UserError, match="须输入本人或管理员"):
        site_service.unlock_session(clerk1, "clerk1", "wrong-pass")
    site_service.unlock_session(clerk1, "chief", "chiefpass1")
    site_service.lock_session(clerk1)
    site_service.unlock_session(clerk1, "clerk1", "secret123")
    with ctx.reading() as session:
        unlocks = session.scalars(select(AuditEntry).where(AuditEntry.action == "user.unlock")).all()
    assert [(u.user_login, u.window_no, u.detail["by"]) for u in unlocks] == [
        ("clerk1", 2, "chief"),
        ("clerk1", 2, "clerk1"),
    ]
    assert _actions(ctx).count("user.unlock_failed") == 2
    assert _actions(ctx).count("user.lock") == 2


def test_failed_unlocks_count_towards_the_lockout(ctx, monkeypatch):
    use_clock(ctx)
    site_service.add_user(ctx, "clerk3", "clerk", "secret123", must_change_password=False)
    clerk3 = ctx.as_actor(site_service.authenticate(ctx, "clerk3", "secret123"))
    site_service.lock_session(clerk3)
    for _ in range(5):
        with pytest.raises(UserError):
            site_service.unlock_session(clerk3, "clerk3", "guess-guess")
    with pytest.raises(UserError):
        site_service.unlock_session(clerk3, "clerk3", "secret123")  # now locked out
    assert "user.lockout" in _actions(ctx)


def test_only_an_administrator_releases_the_kiosk_and_guesses_count_towards_the_lockout(ctx):
    use_clock(ctx)
    site_service.add_user(ctx, "kioskpc", "clerk", "secret123", must_change_password=False)
    site_service.add_user(ctx, "chief", "admin", "chiefpass1", must_change_password=False)
    kiosk = ctx.as_actor(site_service.authenticate(ctx, "kioskpc", "secret123", window_no=9))
    refused = "无法退出取号机：须输入管理员的用户名和正确密码"
    with pytest.raises(UserError, match=refused):
        site_service.release_kiosk(kiosk, "kioskpc", "secret123")  # the kiosk's own clerk: no
    with pytest.raises(UserError, match=refused):
        site_service.release_kiosk(kiosk, "nobody", "chiefpass1")
    assert site_service.release_kiosk(kiosk, " Chief ", "chiefpass1") == "chief"
    with ctx.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "kiosk.release")).one()
    assert (entry.user_login, entry.window_no, entry.detail["by"]) == ("kioskpc", 9, "chief")
    assert _actions(ctx).count("kiosk.release_failed") == 2
    for _ in range(5):
        with pytest.raises(UserError, match=refused):
            site_service.release_kiosk(kiosk, "chief", "guess-guess")
    with pytest.raises(UserError, match=refused):
        site_service.release_kiosk(kiosk, "chief", "chiefpass1")  # locked out now, like a sign-in
    assert site_service.get_user(ctx, "chief").locked_until is not None
    assert "user.lockout" in _actions(ctx)


def test_sign_out_is_audited(ctx):
    site_service.add_user(ctx, "clerk2", "clerk", "secret123")
    clerk2 = ctx.as_actor(site_service.authenticate(ctx, "clerk2", "secret123", window_no=4))
    site_service.sign_out(clerk2, "shift change")
    with ctx.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "user.logout")).one()
    assert (entry.user_login, entry.window_no, entry.detail["reason"]) == ("clerk2", 4, "shift change")


def test_every_refusal_checks_a_password_hash_so_its_time_reveals_nothing(ctx, monkeypatch):
    """A missing, locked or disabled login costs one scrypt check, like a wrong password: the time a
    refusal takes does not tell a stranger which logins exist."""
    import hashlib

    use_clock(ctx)
    site_service.add_user(ctx, "clerk7", "clerk", "secret123", must_change_password=False)
    site_service.add_user(ctx, "gone8", "clerk", "secret123", must_change_password=False)
    site_service.set_user_active(ctx, "gone8", False)
    for _ in range(5):
        _message(ctx, "clerk7", "wrong-pass")  # locked now
    real_scrypt, checks = hashlib.scrypt, []

    def counting(*args, **kwargs):
        checks.append(kwargs.get("salt"))
        return real_scrypt(*args, **kwargs)

    monkeypatch.setattr(hashlib, "scrypt", counting)
    _message(ctx, "nobody", "warm-up-1")  # the stand-in hash may be made on first use
    for login in ("nobody", "clerk7", "gone8"):
        checks.clear()
        _message(ctx, login, "secret123")
        assert len(checks) == 1, login
    checks.clear()
    site_service.add_user(ctx, "clerk9", "clerk", "secret123", must_change_password=False)
    checks.clear()
    _message(ctx, "clerk9", "wrong-pass")
    assert len(checks) == 1


def test_an_unknown_login_is_audited_without_what_was_typed(ctx):
    """A password typed into the login field by mistake never reaches the audit (synced to central)."""
    _message(ctx, "Geheim-Pass-2026", "whatever")
    with ctx.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "user.login_failed")).one()
    assert entry.detail["reason"] == "unknown"
    assert "Geheim" not in str(entry.detail) and "pass-2026" not in str(entry.detail).lower()
    assert entry.detail["login"] == "ge…(16)"
