"""Everything Twilio: webhooks, the REST client wrapper, keywords, texts, the outbox and the fake Twilio."""
