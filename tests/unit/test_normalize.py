"""afdiplo._normalize: the text the parser matches, and offsets back into the input."""

from __future__ import annotations

import pytest

from afdiplo._normalize import normalize


class TestNormalize:
    @pytest.mark.parametrize(
        "text",
        ["a\r\nb", "a\rb", "a\r\u200b\nb", "a\u200b\r\nb", "a\r\n\u200bb", "a\u00ad\nb"],
        ids=["crlf", "cr", "zero-width-inside-crlf", "before-crlf", "after-crlf", "soft-hyphen"],
    )
    def test_one_line_break_whatever_the_line_ending(self, text: str) -> None:
        """CRLF, CR and zero-width characters around them all give one line break."""
        assert "a\nb" == normalize(text).text

    def test_offsets_map_back_past_every_dropped_character(self) -> None:
        """Each offset of the normalised text maps to the same character of the input."""
        text = "Wang\u200b Yi\r\nmet\r\u2060\nLav\u00adrov\rtoday"
        norm = normalize(text)
        assert [c if c != "\n" else "\r" for c in norm.text] == [
            text[norm.offset(i)] for i in range(len(norm.text))
        ]

    def test_lone_carriage_returns_keep_every_offset(self) -> None:
        """A text whose only line breaks are lone CRs keeps its length: no offset moves."""
        norm = normalize("a\rb\rc")
        assert ("a\nb\nc", ()) == (norm.text, norm.layers)

    def test_combining_marks_are_composed(self) -> None:
        """A letter and its combining mark become one character; what follows maps past both."""
        norm = normalize("Bi\u0300nh Minh")
        assert ("Bình Minh", 1, 3) == (norm.text, norm.offset(1), norm.offset(2))
