"""The dashboard's row buttons, as a user meets them: every row's buttons submit the page's one
form to their own address, with JavaScript and without it."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from declines.models import Decline, Status
from tests.browser.helpers import PASSWORD, log_in
from tests.factories import make_decline, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
def test_each_row_button_acts_on_its_own_decline(new_page, browser_problems, javascript):
    user = make_user("rows", display_name="Rowan Rows")
    northwind = make_decline(user, status=Status.READY, company="Northwind")
    contoso = make_decline(user, status=Status.READY, company="Contoso")
    page = new_page(javascript=javascript)
    log_in(page, "rows", PASSWORD)

    row = page.locator(".decline-row").filter(has_text="Contoso")
    row.get_by_role("button", name="Mark as sent").click()

    expect(page.get_by_role("status").filter(has_text="Marked as sent")).to_be_visible()
    expect(page.get_by_role("heading", name="Your declines")).to_be_visible()
    assert Decline.objects.get(pk=contoso.pk).status == Status.SENT
    assert Decline.objects.get(pk=northwind.pk).status == Status.READY

    page.locator(".decline-row").filter(has_text="Northwind").get_by_role(
        "button", name="Archive"
    ).click()
    expect(page.get_by_role("heading", name="Your declines")).to_be_visible()
    expect(page.locator(".decline-row").filter(has_text="Northwind")).to_contain_text("Archived")
    assert Decline.objects.get(pk=northwind.pk).status == Status.CLOSED
    assert browser_problems == []
