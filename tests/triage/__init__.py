"""Tests for the crisis triage classifier and its labelled SMS corpus."""
