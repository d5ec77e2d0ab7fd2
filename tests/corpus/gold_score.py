"""
Scores afdiplo.parse against the gold-annotated readouts of tests/corpus/gold, field by field.

The fields, the matching of participants, calls, speakers and dates, and the counts are those of
the project's reference scorer (score.py, beside the gold corpus it was written for); the only
additions are that each miss is filed under the field it cost and that a parse is done once per
text and publication date. tests/corpus/test_gold.py holds every figure at or above the floors
pinned in tests/corpus/gold_floors.json.

The gold files are split by a rule, not by a list: of the sorted names, every third one (the 3rd,
the 6th, ...) is "validation", the rest "train". The validation third is not read, scored or
printed while rules are written; only its floors, pinned once, are checked.

Run from the root of a checkout (with afdiplo importable):

    python tests/corpus/gold_score.py train [-v]       # the figures; -v lists every miss
    python tests/corpus/gold_score.py train --pin      # write them as the train floors

For the validation set, the misses are never listed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any

import attrs

import afdiplo

GOLD = Path(__file__).parent / "gold"
FLOORS = Path(__file__).parent / "gold_floors.json"
SETS = ("train", "validation")
FIELDS = (
    "format",
    "calls",
    "people",
    "countries",
    "dates",
    "dates_hint",
    "initiator",
    "speakers",
    "speakers_other",
    "positions_precision",
)
#: The gold `family` as the `OutletFormat` value the parser should find.
FORMAT_OF_FAMILY = {"official": "official", "media": "news"}

#: parse(text, published) -> Readout; the scorer parses without and with the address's date.
Parse = Callable[[str, dt.date | None], afdiplo.Readout]


def gold_names(which: str) -> list[str]:
    """The names (without suffix) of the gold files of one set, "train" or "validation"."""
    names = sorted(path.stem for path in GOLD.glob("*.json"))
    validation = names[2::3]
    if which == "validation":
        return validation
    if which == "train":
        return [name for name in names if name not in validation]
    msg = f"expected a set among {SETS}, found {which!r}"
    raise ValueError(msg)


@attrs.frozen
class GoldDocument:
    """One readout's text with its gold annotation (the format of tests/corpus/gold/README.md)."""

    name: str
    text: str
    gold: Mapping[str, Any] = attrs.field(eq=False, hash=False)

    @classmethod
    def load(cls, name: str, folder: Path = GOLD) -> GoldDocument:
        """Read NAME.txt and NAME.json from *folder*."""
        return cls(
            name=name,
            text=(folder / f"{name}.txt").read_text(encoding="utf-8"),
            gold=json.loads((folder / f"{name}.json").read_text(encoding="utf-8")),
        )


@attrs.frozen
class FieldScore:
    """How many gold values of one field the parser got right, and where it missed."""

    field: str
    right: int
    total: int
    misses: tuple[str, ...]

    @property
    def fraction(self) -> float:
        """The share right; 1.0 when the field had nothing to score."""
        return self.right / self.total if self.total else 1.0

    @property
    def floor(self) -> float:
        """The fraction rounded down to three decimals: the floor this score would pin."""
        return self.right * 1000 // self.total / 1000 if self.total else 1.0

    def is_below(self, floor: float) -> bool:
        """Whether the exact fraction right is under *floor* (a decimal such as 0.989)."""
        right = Fraction(self.right, self.total) if self.total else Fraction(1)
        return right < Fraction(str(floor))


@attrs.frozen
class GoldScores:
    """The scores of a list of gold documents, one per field, and the parses that raised."""

    fields: Mapping[str, FieldScore] = attrs.field(eq=False, hash=False)
    documents: int
    errors: tuple[str, ...]


@functools.cache
def parse_once(text: str, published: dt.date | None) -> afdiplo.Readout:
    """afdiplo.parse(text, strict=False, published=...), done once per session for each pair."""
    return afdiplo.parse(text, strict=False, published=published)


def fold(text: str) -> str:
    """Lower case ASCII: accents dropped, other non-ASCII characters left out."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def tokens(text: str) -> set[str]:
    """The folded words of *text* longer than two letters."""
    return {t for t in re.findall(r"[a-z]+", fold(text)) if len(t) > 2}


def is_same_person(participant: afdiplo.Participant | None, gold_name: str) -> bool:
    """
    Whether *participant* is the person *gold_name* names.

    A name or alias of the participant must hold the gold family name (its last word, folded,
    hyphens dropped), or, for a gold name of two words, its first word as written in lower case.
    """
    if participant is None:
        return False
    gold_tokens = tokens(gold_name)
    gold_words = gold_name.split()
    surname = fold(gold_words[-1]).replace("-", "")
    for name in (participant.name, *participant.aliases):
        words = tokens(name) | {fold(name).replace("-", "").split()[-1]} if name.strip() else set()
        if surname in words or (
            gold_tokens
            and len(gold_tokens & words) >= 1
            and gold_words[0].lower() in words
            and len(gold_words) == 2
        ):
            return True
    return False


def best_call(
    calls: Sequence[afdiplo.Call], gold_call: Mapping[str, Any], used: set[int]
) -> afdiplo.Call | None:
    """The parsed call not yet taken with most of the gold call's participants (ties: first)."""
    best, best_count = None, -1
    for index, call in enumerate(calls):
        if index in used:
            continue
        count = sum(
            any(is_same_person(p, gp["name"]) for p in call.participants)
            for gp in gold_call["participants"]
        )
        if count > best_count:
            best, best_count = index, count
    if best is None:
        return None
    used.add(best)
    return calls[best]


def url_date(url: str) -> dt.date | None:
    """The date an address holds (2021-08-19, 2021/08/19 or 20210819), if any."""
    m = re.search(r"(20\d\d)[-/]?(\d\d)[-/]?(\d\d)", url)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    return None


class _Tally:
    """Right and total counts and misses per field, as documents are scored."""

    def __init__(self) -> None:
        self.right = dict.fromkeys(FIELDS, 0)
        self.total = dict.fromkeys(FIELDS, 0)
        self.misses: dict[str, list[str]] = {field: [] for field in FIELDS}

    def count(self, field: str, *, ok: bool, miss: str) -> None:
        self.total[field] += 1
        self.right[field] += ok
        if not ok:
            self.misses[field].append(miss)

    def scores(self, documents: int, errors: Iterable[str]) -> GoldScores:
        fields = {
            f: FieldScore(f, self.right[f], self.total[f], tuple(self.misses[f])) for f in FIELDS
        }
        return GoldScores(fields=fields, documents=documents, errors=tuple(errors))


def _score_call(
    tally: _Tally,
    where: str,
    gold_call: Mapping[str, Any],
    *,
    calls: tuple[afdiplo.Call | None, afdiplo.Call | None],
    hint: dt.date | None,
) -> None:
    """
    Count the participants, countries, date and initiator of one gold call.

    *calls* are its best parsed calls without and with the address's date as `published`.
    """
    call, call_hint = calls
    for gp in gold_call["participants"]:
        hit = [p for p in (call.participants if call else ()) if is_same_person(p, gp["name"])]
        got = [p.name for p in call.participants] if call else None
        tally.count(
            "people", ok=bool(hit), miss=f"{where}: missing participant {gp['name']} (got {got})"
        )
        if hit:
            country = hit[0].country or ""
            tally.count(
                "countries",
                ok=country == gp["country"],
                miss=f"{where}: {gp['name']} country {hit[0].country} != {gp['country']}",
            )
        else:
            tally.count("countries", ok=False, miss=f"{where}: missing participant {gp['name']}")
    if gold_call.get("date_derivable_from_text"):
        ok = (
            call is not None
            and call.date is not None
            and call.date.isoformat() == gold_call["date"]
        )
        got_date = call.date if call else None
        in_text = gold_call.get("date_in_text")
        tally.count(
            "dates",
            ok=ok,
            miss=f"{where}: date {got_date} != {gold_call['date']} ({in_text!r})",
        )
    elif hint:
        ok = (
            call_hint is not None
            and call_hint.date is not None
            and call_hint.date.isoformat() == gold_call["date"]
        )
        got_date = call_hint.date if call_hint else None
        tally.count(
            "dates_hint",
            ok=ok,
            miss=f"{where}: date with published={hint}: {got_date} != {gold_call['date']}",
        )
    if gold_call.get("initiator"):
        got_initiator = call.initiator.name if call and call.initiator else None
        tally.count(
            "initiator",
            ok=call is not None and is_same_person(call.initiator, gold_call["initiator"]),
            miss=f"{where}: initiator {got_initiator} != {gold_call['initiator']}",
        )


def _score_statements(
    tally: _Tally,
    doc: GoldDocument,
    index: int,
    gold_call: Mapping[str, Any],
    readout: afdiplo.Readout,
) -> None:
    """Count the speakers of one gold call's statements: the position covering each one's middle."""
    where = f"{doc.name}.{index}"
    chinese = {gp["name"] for gp in gold_call["participants"] if gp.get("country") == "China"}
    for statement in gold_call.get("statements", []):
        speaker, contains = statement["speaker"], statement["contains"]
        fields = ["speakers"]
        if speaker not in chinese and speaker != "both":
            fields.append("speakers_other")
        middle = doc.text.find(contains) + len(contains) // 2
        covering = None
        for call in readout.calls:
            for position in call.positions:
                if position.span.start <= middle < position.span.end:
                    covering = position
        if covering is None:
            ok, miss = False, f"{where}: no position covers {contains[:40]!r}"
        else:
            ok = (
                bool(covering.joint)
                if speaker == "both"
                else is_same_person(covering.speaker, speaker)
            )
            got = (
                covering.speaker.name if covering.speaker else ("joint" if covering.joint else None)
            )
            miss = f"{where}: {contains[:40]!r} -> {got} != {speaker}"
        for field in fields:
            tally.count(field, ok=ok, miss=miss)


def _score_precision(tally: _Tally, doc: GoldDocument, readout: afdiplo.Readout) -> None:
    """If the file's statements are exhaustive, count the positions that cover a gold statement."""
    statements = [st["contains"] for gc in doc.gold["calls"] for st in gc.get("statements", [])]
    spans = [
        (doc.text.find(s), doc.text.find(s) + len(s)) for s in statements if doc.text.find(s) >= 0
    ]
    if not (spans and doc.gold.get("statements_exhaustive")):
        return
    for call in readout.calls:
        for position in call.positions:
            span = position.span
            tally.count(
                "positions_precision",
                ok=any(start < span.end and span.start < end for start, end in spans),
                miss=f"{doc.name}: position covers no gold statement: {span.of(doc.text)[:50]!r}",
            )


def _score_document(
    tally: _Tally,
    doc: GoldDocument,
    readout: afdiplo.Readout,
    readout_hint: afdiplo.Readout,
    hint: dt.date | None,
) -> None:
    family = FORMAT_OF_FAMILY[doc.gold["family"]]
    tally.count(
        "format",
        ok=readout.format.value == family,
        miss=f"{doc.name}: format {readout.format.value} != {family}",
    )
    gold_calls = doc.gold["calls"]
    tally.count(
        "calls",
        ok=len(readout.calls) == len(gold_calls),
        miss=f"{doc.name}: {len(readout.calls)} calls != {len(gold_calls)}",
    )
    used: set[int] = set()
    used_hint: set[int] = set()
    for index, gold_call in enumerate(gold_calls):
        call = best_call(readout.calls, gold_call, used)
        call_hint = best_call(readout_hint.calls, gold_call, used_hint)
        where = f"{doc.name}.{index}"
        _score_call(tally, where, gold_call, calls=(call, call_hint), hint=hint)
        _score_statements(tally, doc, index, gold_call, readout)
    _score_precision(tally, doc, readout)


def score_documents(docs: Iterable[GoldDocument], parse: Parse = parse_once) -> GoldScores:
    """
    Score the parser on *docs*, field by field.

    Each text is parsed as it is and, when its address holds a date, with that date as
    `published`; a parse that raises counts as a miss of every field.
    """
    tally = _Tally()
    errors: list[str] = []
    count = 0
    for doc in docs:
        count += 1
        hint = url_date(doc.gold.get("url", ""))
        try:
            readout = parse(doc.text, None)
            readout_hint = parse(doc.text, hint) if hint else readout
        except Exception as err:  # noqa: BLE001 - any exception fails every field of the file
            error = f"{doc.name}: {type(err).__name__}: {err}"
            errors.append(error)
            for field in FIELDS:
                tally.count(field, ok=False, miss=error)
            continue
        _score_document(tally, doc, readout, readout_hint, hint)
    return tally.scores(count, errors)


def score_set(which: str) -> GoldScores:
    """Score the parser on the gold files of one set, "train" or "validation"."""
    return score_documents(GoldDocument.load(name) for name in gold_names(which))


def report(
    scores: GoldScores, floors: Mapping[str, float | None], *, misses_of: Iterable[str] = ()
) -> str:
    """
    One line per field (right/total, fraction to four decimals, floor, and BELOW when under
    it), then the parses that raised and the misses of the fields named in *misses_of*.
    """
    lines = [f"{'field':<20} {'right/total':>11} {'score':>7} {'floor':>6}"]
    for field, score in scores.fields.items():
        floor = floors.get(field)
        shown = "-" if floor is None else f"{floor:.3f}"
        below = "  BELOW" if floor is not None and score.is_below(floor) else ""
        lines.append(
            f"{field:<20} {score.right:>5}/{score.total:<5} {score.fraction:7.4f} {shown:>6}{below}"
        )
    lines.extend(f"parse raised: {error}" for error in scores.errors)
    for field in misses_of:
        lines.append(f"misses of {field}:")
        lines.extend(f"  {miss}" for miss in scores.fields[field].misses)
    return "\n".join(lines)


def read_floors() -> dict[str, dict[str, float | None]]:
    """The pinned floors: {"train": {field: floor}, "validation": {field: floor or None}}."""
    floors: dict[str, dict[str, float | None]] = json.loads(FLOORS.read_text(encoding="utf-8"))
    return floors


def pin_floors(which: str, scores: GoldScores) -> None:
    """Write the scores of one set, rounded down to three decimals, as its floors."""
    floors = read_floors() if FLOORS.exists() else {s: dict.fromkeys(FIELDS) for s in SETS}
    floors[which] = {field: score.floor for field, score in scores.fields.items()}
    FLOORS.write_text(json.dumps(floors, indent=2) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Print the scores of a set; with --pin, write them as its floors."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[1])
    ap.add_argument("set", choices=SETS)
    ap.add_argument("-v", action="store_true", help="list every miss (train only)")
    ap.add_argument("--pin", action="store_true", help="write the scores as the set's floors")
    args = ap.parse_args(argv)
    if args.v and args.set == "validation":
        ap.error("the misses of the validation set are not listed")
    scores = score_set(args.set)
    floors = read_floors()[args.set] if FLOORS.exists() else {}
    misses = [f for f in FIELDS if scores.fields[f].misses] if args.v else []
    sys.stdout.write(f"{args.set}: {scores.documents} files\n")
    sys.stdout.write(report(scores, floors, misses_of=misses) + "\n")
    if args.pin:
        pin_floors(args.set, scores)
        sys.stdout.write(f"pinned the {args.set} floors in {FLOORS}\n")
    return 1 if scores.errors else 0


if __name__ == "__main__":
    sys.exit(main())
