"""The nudge policy's public face, as docs/architecture.md names it (`declines.nudges`); the code is
`declines.core.nudges`."""

from declines.core.nudges import *  # noqa: F403
