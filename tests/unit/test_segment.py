"""afdiplo._segment: lines into body and boilerplate, paragraphs into sentences."""

from __future__ import annotations

import pytest

from afdiplo._detect import detect_format
from afdiplo._normalize import normalize
from afdiplo._segment import segment, split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, 0, len(text))]


class TestSplitSentences:
    @pytest.mark.parametrize(
        "text",
        [
            "The U.S. troops left. The U.K. side agreed.",
            "Mr. Wang met Dr. Zarif. They talked.",
            "Resolution No. 2593 was adopted. Both sides welcomed it.",
            "A.K. Abdul Momen attended. Lavrov did too.",
            "It was agreed on Oct. 26 in Doha. Talks went on.",
        ],
    )
    def test_abbreviations_and_initialisms_stay_whole(self, text: str) -> None:
        """Abbreviations and initialisms do not end a sentence."""
        assert 2 == len(sentences(text))

    def test_acronyms_without_dots_end_sentences(self) -> None:
        """An acronym without dots (UN, UNSC) ends a sentence like any word."""
        text = "China supports the role of the UN. The UNSC should act. Wang said so."
        assert ["China supports the role of the UN.", "The UNSC should act.", "Wang said so."] == (
            sentences(text)
        )

    def test_quotations(self) -> None:
        """A sentence ending inside quotation marks ends after them."""
        text = '"We must act," he said. "Peace comes first." Lavrov agreed.'
        assert ['"We must act," he said.', '"Peace comes first."', "Lavrov agreed."] == (
            sentences(text)
        )

    def test_offsets_index_the_text(self) -> None:
        """Every sentence's offsets point at its own text within the paragraph."""
        text = "Intro line.\nWang said peace matters. Atmar agreed."
        start = text.index("Wang")
        found = split_sentences(text, start, len(text))
        assert ["Wang said peace matters.", "Atmar agreed."] == [text[a:b] for a, b in found]


class TestSegment:
    def test_paragraphs_and_boilerplate(self) -> None:
        """Captions, duplicates and trailers are boilerplate; paragraphs are body."""
        text = (
            "Download\nChina and Kenya talk\nUpdated 10:59, 18-May-2021\nCGTN\n\n"
            "Wang Yi said on Monday that China supports Kenya.\n\n"
            "The port of Mombasa, Kenya, May 2, 2021. /Xinhua\n\n"
            "The port of Mombasa, Kenya, May 2, 2021. /Xinhua\n\n"
            "Omamo said Kenya thanks China.\n\n(With input from Xinhua)\n\nSearch Trends"
        )
        norm = normalize(text)
        layout = segment(norm, detect_format(norm))
        kinds = [(s.kind, text[s.start : s.end][:12]) for s in layout.segments]
        assert [
            ("navigation", "Download"),
            ("title", "China and Ke"),
            ("timestamp", "Updated 10:5"),
            ("outlet", "CGTN"),
            ("body", "Wang Yi said"),
            ("caption", "The port of "),
            ("duplicate", "The port of "),
            ("body", "Omamo said K"),
            ("credit", "(With input "),
            ("navigation", "Search Trend"),
        ] == kinds

    def test_sentences_come_from_body_only(self) -> None:
        """Only body paragraphs are cut into sentences, numbered by paragraph."""
        text = (
            "Home > News\nTitle Line\n\nOn 3 May 2021, Wang met Kaag. Kaag agreed.\n\nWang said so."
        )
        norm = normalize(text)
        layout = segment(norm, detect_format(norm))
        assert [
            (0, "On 3 May 2021, Wang met Kaag."),
            (0, "Kaag agreed."),
            (1, "Wang said so."),
        ] == [(s.paragraph, text[s.start : s.end]) for s in layout.sentences]


def test_sentence_broken_across_a_blank_line_stays_whole() -> None:
    """A line that stops mid-sentence continues after a blank line that starts in lower case."""
    text = (
        "Wang Yi said on Wednesday that cooperation between China and Russia has no limits and "
        "the\n\ntwo countries will deepen it. Lavrov agreed."
    )
    norm = normalize(text)
    layout = segment(norm, detect_format(norm))
    assert [0, 0] == [s.paragraph for s in layout.sentences]
