"""Everything Twilio: webhooks, the REST client, keywords, texts, the outbox, the fake Twilio."""
