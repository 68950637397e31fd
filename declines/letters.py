"""The letters' public face, as docs/architecture.md names it (`declines.letters`); the code is
`declines.core.letters`."""

from declines.core.letters import *  # noqa: F403
from declines.core.letters import __all__  # noqa: F401
