"""How many SMS segments a text costs: GSM-7 when every character fits, else UCS-2.

GSM-7 carries 160 characters in one segment, 153 per segment when split;
UCS-2 (any emoji, "á", curly quotes) only 70, then 67. Characters of the
GSM extension table ({ } [ ] ~ \\ | ^ €) take two septets. gsm0338 decides.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import gsm0338  # noqa: F401 - registers the "gsm03.38" codec

GSM_SINGLE, GSM_MULTI = 160, 153
UCS2_SINGLE, UCS2_MULTI = 70, 67


@dataclass(frozen=True)
class Segmentation:
    """The encoding Twilio will use and the number of segments."""

    encoding: str
    units: int
    segments: int


def segment(text: str) -> Segmentation:
    """Count the segments of `text` as a carrier would."""
    try:
        units = len(text.encode("gsm03.38"))
        single, multi, encoding = GSM_SINGLE, GSM_MULTI, "GSM-7"
    except UnicodeEncodeError:
        units = len(text.encode("utf-16-le")) // 2
        single, multi, encoding = UCS2_SINGLE, UCS2_MULTI, "UCS-2"
    count = 1 if units <= single else math.ceil(units / multi)
    return Segmentation(encoding, units, count)
