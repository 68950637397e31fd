"""Time zones as people pick them: one list of real places ("Europe/Lisbon") and UTC, and every
other name a browser may send ("US/Pacific", "Etc/GMT+12") mapped to the place it is an alias of.

The database says which names are links ("L Asia/Kolkata Asia/Calcutta" in tzdata.zi); where
that file is missing, a link is known by its data, which is the same file as its place's. A name
with no place (Etc/GMT+12) stays as it is.
"""

from __future__ import annotations

import hashlib
import zoneinfo
from functools import lru_cache
from importlib import resources
from pathlib import Path

_NOT_PLACES = ("Etc/", "SystemV/", "US/", "posix/", "right/")


@lru_cache(maxsize=1)
def _links() -> dict[str, str]:
    """Each alias named by the database's own link lines, with the zone it links to."""
    for root in zoneinfo.TZPATH:
        path = Path(root) / "tzdata.zi"
        if path.is_file():
            lines = path.read_text(encoding="utf-8").splitlines()
            return {fields[2]: fields[1] for fields in map(str.split, lines) if fields[:1] == ["L"]}
    return {}


def _is_place(name: str) -> bool:
    return "/" in name and not name.startswith(_NOT_PLACES) and name not in _links()


@lru_cache(maxsize=1)
def place_zones() -> tuple[str, ...]:
    """UTC first, then every place, alphabetically."""
    places = sorted(name for name in zoneinfo.available_timezones() if _is_place(name))
    return ("UTC", *places)


def _data(name: str) -> bytes | None:
    for root in zoneinfo.TZPATH:
        path = Path(root) / name
        if path.is_file():
            return path.read_bytes()
    try:
        return resources.files("tzdata.zoneinfo").joinpath(*name.split("/")).read_bytes()
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return None


@lru_cache(maxsize=1)
def _places_by_data() -> dict[str, str]:
    found: dict[str, str] = {}
    for name in place_zones():
        data = _data(name)
        if data is not None:
            found.setdefault(hashlib.sha256(data).hexdigest(), name)
    return found


@lru_cache(maxsize=512)
def canonical_zone(name: str) -> str | None:
    """The place `name` stands for, `name` itself when it has none, None when it is no zone."""
    if name in place_zones():
        return name
    if name not in zoneinfo.available_timezones():
        return None
    linked = _links().get(name)
    if linked is not None:
        return canonical_zone(linked) or linked
    data = _data(name)
    if data is None:
        return name
    return _places_by_data().get(hashlib.sha256(data).hexdigest(), name)
