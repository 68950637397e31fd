"""Time zones: one list of places, and every alias a browser may send mapped to its place."""

import zoneinfo

import pytest

from declines.core.zones import canonical_zone, place_zones


def test_the_list_is_utc_then_places_without_aliases():
    zones = place_zones()
    assert zones[0] == "UTC" and "Europe/Lisbon" in zones and "America/Los_Angeles" in zones
    assert not {"US/Pacific", "EST5EDT", "Etc/GMT+3", "Factory", "localtime"} & set(zones)


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("US/Pacific", "America/Los_Angeles"),
        ("Zulu", "UTC"),
        ("Etc/UTC", "UTC"),
        ("Europe/Lisbon", "Europe/Lisbon"),
        ("Etc/GMT+12", "Etc/GMT+12"),  # no place keeps this offset: kept as it is
        ("Mars/Olympus", None),
        ("", None),
    ],
)
def test_canonical_zone(name, place):
    assert canonical_zone(name) == place


def test_every_zone_a_browser_can_name_maps_to_an_offered_place_or_stays():
    for name in zoneinfo.available_timezones():
        place = canonical_zone(name)
        assert place is not None
        assert place in place_zones() or place == name or place.startswith("Etc/")
