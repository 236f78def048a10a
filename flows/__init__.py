"""Conversation handling: what Tether does with each inbound text and each due timer."""
