"""The one settings registry: every setting of every capability is declared in services/settings.py."""

from __future__ import annotations

import importlib
import pkgutil

import windowdesk.services
from windowdesk.services import settings


def test_every_setting_is_declared_in_the_one_registry():
    declared_elsewhere = []
    for info in pkgutil.walk_packages(windowdesk.services.__path__, "windowdesk.services."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, settings.SettingSpec) and settings.SPECS.get(value.key) is not value:
                declared_elsewhere.append(f"{info.name}.{name}")
    assert declared_elsewhere == []
    constants = [v for v in vars(settings).values() if isinstance(v, settings.SettingSpec)]
    assert {spec.key for spec in constants} == set(settings.SPECS)
