"""Users: adding them, passwords and signing in."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from windowdesk.domain import roles
from windowdesk.domain.passwords import hash_password, password_problem, verify_password
from windowdesk.errors import Conflict, NotFound, UserError
from windowdesk.services.context import ServiceContext, writes
from windowdesk.store.models import User
from windowdesk.store.uow import Actor

_LOGIN = re.compile(r"^[a-z][a-z0-9_.-]{1,31}$")


@dataclass(frozen=True)
class UserInfo:
    id: uuid.UUID
    login: str
    display_name: str
    role: str
    active: bool


def _info(user: User) -> UserInfo:
    return UserInfo(user.id, user.login, user.display_name, user.role, user.active)


def _find(session: Session, ctx: ServiceContext, login: str) -> User | None:
    """The user of this site with that login, else a central (site-less) user of that name."""
    site_id = ctx.actor.site_id or ctx.home_site_id()
    rows = session.scalars(
        select(User).where(User.login == login, or_(User.site_id == site_id, User.site_id.is_(None)))
    ).all()
    return min(rows, key=lambda user: user.site_id is None, default=None)


def _check_password(password: str) -> None:
    problem = password_problem(password)
    if problem:
        raise problem


@writes("user.add")
def add_user(ctx: ServiceContext, login: str, role: str, password: str, display_name: str = "") -> UserInfo:
    login = login.strip().lower()
    if not _LOGIN.match(login):
        raise UserError(
            "A login is 2 to 32 lower-case letters, digits or _ . - starting with a letter, not '{login}'",
            login=login,
        )
    if role not in roles.ROLES:
        raise UserError(
            "The role must be one of {choices}, not {role}",
            choices=", ".join(roles.ROLES),
            role=role,
        )
    _check_password(password)
    with ctx.unit_of_work() as uow:
        if _find(uow.session, ctx, login) is not None:
            raise Conflict("User {login} already exists", login=login)
        user = uow.add(
            User(
                site_id=ctx.actor.site_id,
                login=login,
                display_name=display_name.strip() or login,
                role=role,
                password_hash=hash_password(password),
            )
        )
        uow.audit("user.add", "app_user", user.id, login=login, role=role)
        return _info(user)


@writes("user.passwd")
def set_password(ctx: ServiceContext, login: str, password: str) -> None:
    _check_password(password)
    with ctx.unit_of_work() as uow:
        user = _find(uow.session, ctx, login)
        if user is None:
            raise NotFound("No user {login}", login=login)
        user.password_hash = hash_password(password)
        uow.audit("user.passwd", "app_user", user.id, login=login)


def list_users(ctx: ServiceContext) -> list[UserInfo]:
    with ctx.reading() as session:
        return [_info(u) for u in session.scalars(select(User).order_by(User.login))]


@writes("user.login")
def authenticate(ctx: ServiceContext, login: str, password: str, *, window_no: int | None = None) -> Actor:
    """Check a login; return the actor to act as from now on. Wrong login and wrong password get
    the same message, so a guess reveals nothing."""
    with ctx.reading() as session:
        user = _find(session, ctx, login.strip().lower())
        if user is None or not user.active or not verify_password(password, user.password_hash):
            raise UserError("Wrong user name or password")
        actor = Actor(
            login=user.login,
            role=user.role,
            user_id=user.id,
            display_name=user.display_name,
            site_id=user.site_id or ctx.actor.site_id,
            device_no=ctx.actor.device_no,
            window_no=window_no,
        )
    with ctx.as_actor(actor).unit_of_work() as uow:
        uow.audit("user.login", "app_user", actor.user_id)
    return actor
