"""Sites, their devices and windows, users and settings."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, deferred, mapped_column

from windowdesk.store.base import Base, Synced, utcnow


class Site(Synced, Base):
    """A service hall or township centre. Its code prefixes case numbers."""

    __tablename__ = "site"
    __owner__ = "central"  # created by `windowdesk central add-site`; a site only reads it

    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(16), default="hall")  # hall | township
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Device(Synced, Base):
    """One client installation within a site; its number goes into case numbers."""

    __tablename__ = "device"
    __owner__ = "site"
    __table_args__ = (UniqueConstraint("site_id", "number"),)

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"))
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Window(Synced, Base):
    """A numbered counter (窗口) of a site."""

    __tablename__ = "window"
    __owner__ = "site"
    __table_args__ = (UniqueConstraint("site_id", "number"),)

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"))
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(120), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # New columns are nullable so rows pushed by a site not yet upgraded still apply on central.
    department: Mapped[str | None] = mapped_column(String(120), default="", server_default="")


class User(Synced, Base):
    __tablename__ = "app_user"
    __owner__ = "site"  # a user with no site_id is a central (global) user
    # Logins are unique within a site: every site may have its own "clerk1".
    __table_args__ = (UniqueConstraint("site_id", "login"),)

    site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("site.id"))
    login: Mapped[str] = mapped_column(String(64))
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))  # clerk | supervisor | admin
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    staff_no: Mapped[str] = mapped_column(String(32), default="")  # 工号, shown on the rating pad
    #: A small JPEG (base64) for the rating pad; loaded only when asked for.
    photo: Mapped[str | None] = deferred(mapped_column(Text))
    window_no: Mapped[int | None] = mapped_column(Integer)  # the window they usually sit at
    # Set when an admin chose the password: the user picks their own at the next sign-in.
    must_change_password: Mapped[bool | None] = mapped_column(Boolean, default=False, server_default=false())
    failed_logins: Mapped[int | None] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[dt.datetime | None] = mapped_column()


class Setting(Synced, Base):
    """A site-wide setting (``site_id`` set) or a global one from central (``site_id`` empty)."""

    __tablename__ = "setting"
    __owner__ = "site"
    __table_args__ = (UniqueConstraint("site_id", "key"),)

    site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("site.id"))
    key: Mapped[str] = mapped_column(String(80))
    value: Mapped[Any] = mapped_column(JSON)
