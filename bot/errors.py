"""The one exception hierarchy of alertbot."""

from __future__ import annotations


class AlertbotError(Exception):
    """Base of every error alertbot raises on purpose."""


class ConfigError(AlertbotError):
    """The configuration is wrong; the message names the key and the fix."""


class SourceError(AlertbotError):
    """A feed or seed file could not be read; the rest of the sources go on."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.reason = message


class FeedFetchError(SourceError):
    """The feed could not be fetched (network, HTTP status, size cap, redirects)."""


class FeedParseError(SourceError):
    """The feed's bytes are not a feed that yields any story."""


class CommandError(AlertbotError):
    """A chat command was malformed; the message tells the user how to fix it."""


class DeliveryError(AlertbotError):
    """Sending one message failed. Subclasses say what the outbox should do next."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class RetryLater(DeliveryError):
    """Temporary failure (429, 5xx, timeout): retry this chat after `after` seconds (None: backoff)."""

    def __init__(self, reason: str, after: float | None = None) -> None:
        super().__init__(reason)
        self.after = after


class ChatUnavailable(DeliveryError):
    """The chat cannot receive messages (blocked, kicked, archived, not found): pause its subscription."""


class ChatMoved(DeliveryError):
    """The chat has a new id (Telegram group migrated to a supergroup): move the subscription and resend."""

    def __init__(self, reason: str, new_chat_id: str) -> None:
        super().__init__(reason)
        self.new_chat_id = new_chat_id


class MessageRejected(DeliveryError):
    """The platform refused this message for good (bad formatting, too long): fail the delivery."""
