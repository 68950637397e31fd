"""The model's choices and rules are the core's, said once: these tests tie the copies together."""

from datetime import UTC, datetime

import pytest

from declines.core import nudges
from declines.core.letters import REASONS, TONES
from declines.models import (
    ACTIONS_FROM,
    PENDING_STATUSES,
    STEP_FIELDS,
    UNSENT_STATUSES,
    Decline,
    Reason,
    Status,
    Tone,
)
from declines.services import model_update


def test_reasons_tones_and_statuses_are_the_cores():
    assert tuple(Reason.values) == REASONS
    assert tuple(Tone.values) == TONES
    assert tuple(Status.values) == nudges.STATUSES
    assert PENDING_STATUSES == nudges.PENDING_STATUSES
    assert UNSENT_STATUSES == nudges.UNSENT_STATUSES


def test_every_model_field_a_step_asks_for_exists():
    names = {field.name for field in Decline._meta.get_fields()}
    assert {name for fields in STEP_FIELDS.values() for name in fields} <= names


@pytest.mark.parametrize("status", Status.values)
def test_allowed_actions_follow_the_lifecycle_table(status):
    decline = Decline(status=status)
    assert decline.allowed_actions == {a for a, froms in ACTIONS_FROM.items() if status in froms}


def test_a_follow_up_is_allowed_once():
    decline = Decline(status=Status.SENT)
    assert "followed-up" in decline.allowed_actions
    decline.followed_up_at = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    assert "followed-up" not in decline.allowed_actions


def test_model_update_sets_only_the_named_fields():
    decline = Decline(company="Acme", role="Editor")
    changed = model_update(instance=decline, fields=("company", "role"), data={"company": "Globex"})
    assert changed == ["company"]
    assert (decline.company, decline.role) == ("Globex", "Editor")


def test_model_update_refuses_a_field_it_was_not_given():
    decline = Decline(status=Status.DRAFT)
    with pytest.raises(ValueError, match="status"):
        model_update(instance=decline, fields=("company",), data={"status": Status.SENT})
    assert decline.status == Status.DRAFT
