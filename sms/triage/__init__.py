"""Triage of every inbound text: crisis, relapse, craving or none.

Rules are data (id, level, pattern, rationale) that clinicians can review; a
classification lists the rules that matched and the exclusions (idioms) that
silenced one. See rules.py for the list and README.md ("Triage") for the levels.
"""

from sms.triage.classifier import classify
from sms.triage.model import LEVELS, Rule, Triage
from sms.triage.rules import EXCLUSIONS, RULES

__all__ = ["EXCLUSIONS", "LEVELS", "RULES", "Rule", "Triage", "classify"]
