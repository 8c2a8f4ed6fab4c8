"""The console adapter: alerts printed to standard output, the embedded default."""

from __future__ import annotations

import sys
from typing import TextIO

from ..formatting import format_console
from ..models import Alert

CONSOLE_CHAT = "stdout"


class ConsoleAdapter:
    """Prints each alert to a text stream, separated by a rule."""

    platform = "console"

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream

    async def send(self, chat_id: str, alert: Alert, parent_id: str | None = None) -> str | None:
        """Print one alert."""
        stream = self.stream or sys.stdout
        stream.write(format_console(alert) + "\n" + "-" * 72 + "\n")
        stream.flush()
        return None
