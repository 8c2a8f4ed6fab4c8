"""Chat platform adapters: they translate platform input and output, nothing more."""
