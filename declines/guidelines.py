"""The review's public face, as docs/architecture.md names it (`declines.guidelines`); the code is
`declines.core.review`."""

from declines.core.review import *  # noqa: F403
from declines.core.review import __all__  # noqa: F401
