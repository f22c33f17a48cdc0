"""Users: adding and editing them, disabling (never deleting: their history stays), passwords set by
an administrator, and unlocking a locked login. Signing in is :mod:`.signin`."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from windowdesk.domain import roles
from windowdesk.domain.passwords import hash_password, password_problem
from windowdesk.errors import Conflict, NotFound, UserError
from windowdesk.services.context import ServiceContext, writes
from windowdesk.store.models import User, Window

_LOGIN = re.compile(r"^[a-z][a-z0-9_.-]{1,31}$")
_STAFF_NO = re.compile(r"^[A-Za-z0-9-]{0,32}$")

#: "leave this field as it is" for :func:`update_user` (``None`` means "no default window").
KEEP: Any = object()


@dataclass(frozen=True)
class UserInfo:
    id: uuid.UUID
    login: str
    display_name: str
    role: str
    active: bool
    staff_no: str = ""
    window_no: int | None = None
    must_change_password: bool = False
    locked_until: dt.datetime | None = None
    site_id: uuid.UUID | None = None


def user_info(user: User) -> UserInfo:
    return UserInfo(
        user.id,
        user.login,
        user.display_name,
        user.role,
        user.active,
        user.staff_no or "",
        user.window_no,
        bool(user.must_change_password),
        user.locked_until,
        user.site_id,
    )


def find_user(session: Session, ctx: ServiceContext, login: str) -> User | None:
    """The user of this site with that login, else a central (site-less) user of that name."""
    site_id = ctx.actor.site_id or ctx.home_site_id()
    rows = session.scalars(
        select(User).where(User.login == login, or_(User.site_id == site_id, User.site_id.is_(None)))
    ).all()
    return min(rows, key=lambda user: user.site_id is None, default=None)


def _existing(session: Session, ctx: ServiceContext, login: str) -> User:
    user = find_user(session, ctx, login.strip().lower())
    if user is None:
        raise NotFound("No user {login}", login=login)
    return user


def check_password(password: str, login: str) -> None:
    problem = password_problem(password, login)
    if problem:
        raise problem


def validate_login(login: str) -> str:
    login = login.strip().lower()
    if not _LOGIN.match(login):
        raise UserError(
            "A login is 2 to 32 lower-case letters, digits or _ . - starting with a letter, not '{login}'",
            login=login,
        )
    return login


def _check_role(role: str) -> None:
    if role not in roles.ROLES:
        raise UserError(
            "The role must be one of {choices}, not {role}",
            choices=", ".join(roles.ROLES),
            role=role,
        )


def _check_staff_no(staff_no: str) -> str:
    staff_no = staff_no.strip()
    if not _STAFF_NO.match(staff_no):
        raise UserError(
            "A staff number is up to 32 letters, digits or -, not '{no}'",
            no=staff_no,
        )
    return staff_no


def _check_window(session: Session, site_id: uuid.UUID | None, window_no: int | None) -> None:
    if window_no is None:
        return
    exists = session.scalar(
        select(func.count()).select_from(Window).where(Window.site_id == site_id, Window.number == window_no)
    )
    if not exists:
        raise NotFound("This site has no window {w}", w=window_no)


def _other_active_admins(session: Session, user: User) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(User)
            .where(User.role == roles.ADMIN, User.active, User.id != user.id, User.site_id == user.site_id)
        )
        or 0
    )


def _refuse_losing_last_admin(session: Session, user: User) -> None:
    if user.role == roles.ADMIN and user.active and _other_active_admins(session, user) == 0:
        raise Conflict(
            "{login} is this site's only administrator and cannot be disabled or given another role; make someone else an administrator first",
            login=user.login,
        )


@writes("user.add")
def add_user(
    ctx: ServiceContext,
    login: str,
    role: str,
    password: str,
    display_name: str = "",
    *,
    staff_no: str = "",
    window_no: int | None = None,
    must_change_password: bool = True,
) -> UserInfo:
    """Add a user. A password chosen by an administrator must be changed at the first sign-in
    (``must_change_password``); the first administrator and the demo's users choose their own."""
    login = validate_login(login)
    _check_role(role)
    check_password(password, login)
    staff_no = _check_staff_no(staff_no)
    with ctx.unit_of_work() as uow:
        if find_user(uow.session, ctx, login) is not None:
            raise Conflict("User {login} already exists", login=login)
        _check_window(uow.session, ctx.actor.site_id, window_no)
        user = uow.add(
            User(
                site_id=ctx.actor.site_id,
                login=login,
                display_name=display_name.strip() or login,
                role=role,
                password_hash=hash_password(password),
                staff_no=staff_no,
                window_no=window_no,
                must_change_password=must_change_password,
                failed_logins=0,
            )
        )
        uow.audit(
            "user.add", "app_user", user.id, login=login, role=role, staff_no=staff_no, window=window_no
        )
        return user_info(user)


@writes("user.update")
def update_user(
    ctx: ServiceContext,
    login: str,
    *,
    role: str = KEEP,
    display_name: str = KEEP,
    window_no: int | None = KEEP,
    staff_no: str = KEEP,
) -> UserInfo:
    """Change a user's role, name, default window or staff number (what is not given stays)."""
    with ctx.unit_of_work() as uow:
        user = _existing(uow.session, ctx, login)
        new: dict[str, Any] = {}
        if role is not KEEP and role != user.role:
            _check_role(role)
            _refuse_losing_last_admin(uow.session, user)
            new["role"] = role
        if display_name is not KEEP:
            name = display_name.strip()
            if not name:
                raise UserError("The name must not be empty")
            new["display_name"] = name
        if window_no is not KEEP:
            _check_window(uow.session, user.site_id or ctx.actor.site_id, window_no)
            new["window_no"] = window_no
        if staff_no is not KEEP:
            new["staff_no"] = _check_staff_no(staff_no)
        changed = {k: v for k, v in new.items() if getattr(user, k) != v}
        for key, value in changed.items():
            setattr(user, key, value)
        if changed:
            uow.audit("user.update", "app_user", user.id, login=user.login, **changed)
        return user_info(user)


@writes("user.set_active")
def set_user_active(ctx: ServiceContext, login: str, active: bool) -> UserInfo:
    """Disable a user (they can no longer sign in; their history stays) or enable them again."""
    with ctx.unit_of_work() as uow:
        user = _existing(uow.session, ctx, login)
        if user.active == active:
            return user_info(user)
        if not active:
            _refuse_losing_last_admin(uow.session, user)
        user.active = active
        uow.audit("user.set_active", "app_user", user.id, login=user.login, active=active)
        return user_info(user)


@writes("user.passwd")
def set_password(ctx: ServiceContext, login: str, password: str) -> None:
    """An administrator sets (resets) a user's password; the user must change it at the next
    sign-in, and a lockout is lifted."""
    with ctx.unit_of_work() as uow:
        user = _existing(uow.session, ctx, login)
        check_password(password, user.login)
        user.password_hash = hash_password(password)
        user.must_change_password = user.id != ctx.actor.user_id
        user.failed_logins, user.locked_until = 0, None
        uow.audit("user.passwd", "app_user", user.id, login=user.login)


@writes("user.unlock_login")
def unlock_user(ctx: ServiceContext, login: str) -> UserInfo:
    """Lift a lockout before its time is up."""
    with ctx.unit_of_work() as uow:
        user = _existing(uow.session, ctx, login)
        if user.locked_until is None and not user.failed_logins:
            return user_info(user)
        user.failed_logins, user.locked_until = 0, None
        uow.audit("user.unlock_login", "app_user", user.id, login=user.login)
        return user_info(user)


def list_users(ctx: ServiceContext) -> list[UserInfo]:
    with ctx.reading() as session:
        return [user_info(u) for u in session.scalars(select(User).order_by(User.login))]


def get_user(ctx: ServiceContext, login: str) -> UserInfo:
    with ctx.reading() as session:
        return user_info(_existing(session, ctx, login))
