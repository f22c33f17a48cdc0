from __future__ import annotations

import pytest

from windowdesk.errors import UserError, set_language
from windowdesk.services import settings
from windowdesk.services import site as site_service


def test_sign_in_with_the_right_password_only(ctx):
    site_service.add_user(ctx, "clerk9", "clerk", "secret123", "赵九")
    actor = site_service.authenticate(ctx, "Clerk9 ", "secret123", window_no=4)
    assert (actor.login, actor.role, actor.window_no, actor.display_name) == ("clerk9", "clerk", 4, "赵九")
    assert actor.site_id == ctx.actor.site_id
    with pytest.raises(UserError, match="用户名或密码不正确"):
        site_service.authenticate(ctx, "clerk9", "wrong-pass")
    with pytest.raises(UserError, match="用户名或密码不正确"):
        site_service.authenticate(ctx, "nobody", "secret123")


def test_passwords_are_stored_hashed(ctx):
    site_service.add_user(ctx, "hashme", "clerk", "secret123")
    from sqlalchemy import select

    from windowdesk.store.models import User

    with ctx.reading() as session:
        stored = session.scalars(select(User.password_hash).where(User.login == "hashme")).one()
    assert stored.startswith("scrypt$") and "secret123" not in stored


@pytest.mark.parametrize(
    ("login", "role", "password", "message"),
    [
        ("9bad", "clerk", "secret123", "登录名"),
        ("ok", "boss", "secret123", "角色"),
        ("short", "clerk", "123", "密码至少"),
    ],
)
def test_bad_user_input_is_refused_in_chinese(ctx, login, role, password, message):
    with pytest.raises(UserError, match=message):
        site_service.add_user(ctx, login, role, password)
    assert [u.login for u in site_service.list_users(ctx)] == []


def test_duplicate_login_is_refused(ctx):
    site_service.add_user(ctx, "twice", "clerk", "secret123")
    with pytest.raises(UserError, match="已存在"):
        site_service.add_user(ctx, "twice", "clerk", "secret123")


def test_messages_switch_to_english(ctx):
    set_language("en")
    with pytest.raises(UserError, match="Wrong user name or password"):
        site_service.authenticate(ctx, "nobody", "x")


def test_settings_have_defaults_and_validate(ctx):
    assert settings.get_setting(ctx, "notice.limit_workdays") == 5
    settings.set_setting(ctx, "notice.limit_workdays", "2")
    assert settings.get_setting(ctx, "notice.limit_workdays") == 2
    with pytest.raises(UserError, match="须在 1 到 30 之间"):
        settings.set_setting(ctx, "notice.limit_workdays", 0)
    with pytest.raises(UserError, match="没有名为"):
        settings.get_setting(ctx, "no.such")


def test_each_site_may_have_its_own_clerk1(ctx):
    from dataclasses import replace

    from windowdesk.store.models import Site

    with ctx.unit_of_work() as uow:
        other = uow.add(Site(code="TS02", name="另一个中心", kind="township"))
        uow.audit("site.add", "site", other.id)
    other_ctx = ctx.as_actor(replace(ctx.actor, site_id=other.id))
    site_service.add_user(ctx, "clerk1", "clerk", "secret123", "本站王芳")
    site_service.add_user(other_ctx, "clerk1", "clerk", "other456", "他站李强")
    assert site_service.authenticate(ctx, "clerk1", "secret123").display_name == "本站王芳"
    assert site_service.authenticate(other_ctx, "clerk1", "other456").display_name == "他站李强"
    with pytest.raises(UserError, match="用户名或密码不正确"):
        site_service.authenticate(ctx, "clerk1", "other456")
