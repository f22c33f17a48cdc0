"""Signing in and out, lockout after repeated failures, locking an idle counter and unlocking it,
releasing the ticket kiosk from its full screen, and changing one's own password. Every step is audited (等保: identification, lockout, idle lock).

A failed sign-in always gets the same message, whether the login exists, the password is wrong,
the user is disabled or the login is locked, so a guess reveals nothing.
"""

from __future__ import annotations

import datetime as dt
import functools
import secrets

from windowdesk.domain import roles
from windowdesk.domain.passwords import hash_password, verify_password
from windowdesk.errors import UserError
from windowdesk.services.context import ServiceContext, writes
from windowdesk.services.settings import AUTH_LOCKOUT_MINUTES, AUTH_MAX_FAILURES, get_setting
from windowdesk.services.site.users import UserInfo, check_password, find_user, user_info
from windowdesk.store.models import User
from windowdesk.store.uow import Actor


def _refused(ctx: ServiceContext) -> UserError:
    return UserError(
        "Wrong user name or password ({n} failures in a row lock the login for {m} minutes)",
        n=get_setting(ctx, AUTH_MAX_FAILURES.key),
        m=get_setting(ctx, AUTH_LOCKOUT_MINUTES.key),
    )


@functools.cache
def _dummy_hash() -> str:
    """A hash of no one's password, made once: checked when there is no usable user, so that a
    refusal takes as long as a wrong password (the time reveals nothing either)."""
    return hash_password(secrets.token_urlsafe(16))


def _unknown_login(login: str) -> str:
    """What the audit keeps of a login no user has: its first two characters and its length. A
    password typed into the login field by mistake must not land in the audit (synced to central)."""
    return f"{login[:2]}…({len(login)})"


def _locked(user: User, now: dt.datetime) -> bool:
    return user.locked_until is not None and user.locked_until > now


def _check_credentials(
    ctx: ServiceContext, login: str, password: str, failure_action: str
) -> UserInfo | None:
    """The user if the password is right and the login usable; else count the failure (locking the
    login after ``auth.max_failures``), audit it, and return None. Commits either way."""
    login = login.strip().lower()
    now = ctx.clock.now()
    max_failures = get_setting(ctx, AUTH_MAX_FAILURES.key)
    lockout = dt.timedelta(minutes=get_setting(ctx, AUTH_LOCKOUT_MINUTES.key))
    with ctx.unit_of_work() as uow:
        user = find_user(uow.session, ctx, login)
        unusable = "unknown" if user is None else "locked" if _locked(user, now) else None
        if user is not None and unusable is None and not user.active:
            unusable = "disabled"
        if unusable is not None:
            verify_password(password, _dummy_hash())  # as long as a real check
            shown = login if user is not None else _unknown_login(login)
            uow.audit(failure_action, "app_user", user.id if user else None, login=shown, reason=unusable)
            return None
        if not verify_password(password, user.password_hash):
            user.failed_logins = (user.failed_logins or 0) + 1
            uow.audit(failure_action, "app_user", user.id, login=login, reason="password")
            if user.failed_logins >= max_failures:
                user.failed_logins, user.locked_until = 0, now + lockout
                uow.audit("user.lockout", "app_user", user.id, login=login, until=user.locked_until)
            return None
        if user.failed_logins or user.locked_until is not None:
            user.failed_logins, user.locked_until = 0, None
            uow.audit("user.login_reset_failures", "app_user", user.id, login=login)
        return user_info(user)


def _actor(ctx: ServiceContext, user: UserInfo, window_no: int | None) -> Actor:
    return Actor(
        login=user.login,
        role=user.role,
        user_id=user.id,
        display_name=user.display_name,
        site_id=user.site_id or ctx.actor.site_id or ctx.home_site_id(),
        device_no=ctx.actor.device_no,
        window_no=window_no,
    )


@writes("user.login")
def authenticate(ctx: ServiceContext, login: str, password: str, *, window_no: int | None = None) -> Actor:
    """Check a login; return the actor to act as from now on."""
    user = _check_credentials(ctx, login, password, "user.login_failed")
    if user is None:
        raise _refused(ctx)
    actor = _actor(ctx, user, window_no)
    with ctx.as_actor(actor).unit_of_work() as uow:
        uow.audit("user.login", "app_user", actor.user_id, window=window_no)
    return actor


def password_change_due(ctx: ServiceContext) -> bool:
    """Must the acting user choose a new password before working (set by an administrator)?"""
    with ctx.reading() as session:
        user = session.get(User, ctx.actor.user_id) if ctx.actor.user_id else None
        return bool(user and user.must_change_password)


@writes("user.change_password")
def change_own_password(ctx: ServiceContext, old_password: str, new_password: str) -> None:
    """The signed-in user replaces their own password (the old one proves it is them)."""
    if ctx.actor.user_id is None:
        raise UserError("Sign in first")
    with ctx.unit_of_work() as uow:
        user = uow.session.get(User, ctx.actor.user_id)
        if user is None or not verify_password(old_password, user.password_hash):
            raise UserError("The current password is wrong")
        check_password(new_password, user.login)
        if verify_password(new_password, user.password_hash):
            raise UserError("The new password must differ from the current one")
        user.password_hash = hash_password(new_password)
        user.must_change_password = False
        uow.audit("user.change_password", "app_user", user.id, login=user.login)


@writes("user.logout")
def sign_out(ctx: ServiceContext, reason: str = "") -> None:
    """The acting user signs out (at the end of work or at a shift change, 交接班)."""
    with ctx.unit_of_work() as uow:
        uow.audit("user.logout", "app_user", ctx.actor.user_id, window=ctx.actor.window_no, reason=reason)


@writes("user.lock")
def lock_session(ctx: ServiceContext, reason: str = "idle") -> None:
    """The counter face locked itself (idle) or the clerk locked it; the queue is untouched."""
    with ctx.unit_of_work() as uow:
        uow.audit("user.lock", "app_user", ctx.actor.user_id, window=ctx.actor.window_no, reason=reason)


@writes("user.unlock")
def unlock_session(ctx: ServiceContext, login: str, password: str) -> None:
    """Unlock a locked counter face with the same user's password, or an administrator's. A wrong
    password counts towards the lockout like a failed sign-in."""
    login = login.strip().lower()
    user = _check_credentials(ctx, login, password, "user.unlock_failed")
    if user is not None and user.login != ctx.actor.login and user.role != roles.ADMIN:
        with ctx.unit_of_work() as uow:
            uow.audit("user.unlock_failed", "app_user", user.id, login=login, reason="not this user")
        user = None
    if user is None:
        raise UserError(
            "Cannot unlock: enter this user's or an administrator's name and password",
        )
    with ctx.unit_of_work() as uow:
        uow.audit("user.unlock", "app_user", ctx.actor.user_id, by=user.login, window=ctx.actor.window_no)


@writes("kiosk.release")
def release_kiosk(ctx: ServiceContext, login: str, password: str) -> str:
    """An administrator lets the ticket kiosk (取号机) leave its full screen or close: their own user
    name and password, checked like a sign-in (a wrong one counts towards that login's lockout).
    Returns the administrator's login; anyone else is refused with one message."""
    login = login.strip().lower()
    user = _check_credentials(ctx, login, password, "kiosk.release_failed")
    if user is not None and user.role != roles.ADMIN:
        with ctx.unit_of_work() as uow:
            uow.audit("kiosk.release_failed", "app_user", user.id, login=login, reason="not an administrator")
        user = None
    if user is None:
        raise UserError(
            "Cannot leave the kiosk: enter an administrator's user name and password "
            "({n} failures in a row lock the login for {m} minutes)",
            n=get_setting(ctx, AUTH_MAX_FAILURES.key),
            m=get_setting(ctx, AUTH_LOCKOUT_MINUTES.key),
        )
    with ctx.unit_of_work() as uow:
        uow.audit("kiosk.release", "app_user", user.id, by=user.login)
    return user.login
