"""Politely's date formats, said once: templates use `|date` or `|date:"DATETIME_FORMAT"`, Python
uses `django.utils.formats.date_format(value, "MONTH_DAY_FORMAT")`. Django reads this module for
English (en-gb included) before its own locale formats (settings.FORMAT_MODULE_PATH)."""

DATE_FORMAT = "D j M Y"  # an interview day: "Tue 3 Mar 2026"
DATETIME_FORMAT = "D j M, H:i"  # when something happened: "Tue 3 Mar, 14:05"
MONTH_DAY_FORMAT = "D j M"  # a day this year: "Tue 3 Mar"
SHORT_DATETIME_FORMAT = "j M, H:i:s"  # a saved version, to the second: "3 Mar, 14:05:09"
TIME_FORMAT = "H:i"
