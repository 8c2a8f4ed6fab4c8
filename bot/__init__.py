"""alertbot: news alerts on political-prisoner releases and sanctions, for Slack, Telegram and the console."""

__version__ = "0.1.0"
