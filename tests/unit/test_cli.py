"""The command line: afdiplo parse, topics and people, run through main(argv)."""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys

import attrs
import pytest

import afdiplo
from afdiplo.__main__ import main
from afdiplo._data import read_json
from afdiplo.cli import (
    COMMANDS,
    Palette,
    describe_day,
    in_natural_order,
    list_sources,
    natural_key,
    resolve_actor,
    summarize,
)
from afdiplo.cli import main as cli_main
from conftest import REPO

SEEDS = REPO / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
SEED = SEEDS / "000_12d0501d14dc690d.txt"
WEEKDAY_SEED = SEEDS / "002_371f03bf1a80d86c.txt"
NOT_A_READOUT = "Minutes of the garden club.\n\nThe roses did well this year.\n"

# A ministry's readout of a call dated without a year (UNDATED), and the same with its year.
UNDATED = (
    "Wang Yi Speaks with Russian Foreign Minister Sergey Lavrov on the Phone\n"
    "On 19 August, State Councilor and Foreign Minister Wang Yi had a phone call with Russian"
    " Foreign Minister Sergey Lavrov at the latter's request.\n"
    "Wang Yi said that China and Russia should keep in close communication on the situation"
    " in Afghanistan and support the Afghan people in choosing their own future.\n"
    "Lavrov said Russia is ready to keep in close touch with China.\n"
)
DATED = UNDATED.replace("On 19 August,", "On 19 August 2021,")
LONG_POSITION = (
    "Wang Yi said that China and Russia should keep in close communication on the situation"
    " in Afghanistan and support the Afghan people in choosing their own future."
)


def write_readouts(folder, names, text=DATED):
    """Write *text* to each of *names* in *folder* (made if need be); return the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / name for name in names]
    for path in paths:
        path.write_text(text, encoding="utf-8")
    return paths


def position_lines(out):
    """The lines of a summary that show a position (indented by six, then a stance)."""
    return [line for line in out.splitlines() if line.startswith("      ")]


@pytest.fixture
def not_a_readout(tmp_path):
    path = tmp_path / "garden.txt"
    path.write_text(NOT_A_READOUT, encoding="utf-8")
    return path


def as_terminal(monkeypatch, stream) -> None:
    monkeypatch.setattr(stream, "isatty", lambda: True)


class TestMain:
    def test_console_script_entry_is_the_cli(self) -> None:
        """afdiplo.__main__.main, the console script's target, is the command line's main."""
        assert cli_main is main

    @pytest.mark.parametrize("argv", [["--help"], *([c.name, "--help"] for c in COMMANDS)])
    def test_every_command_has_help(self, argv, capsys) -> None:
        """--help works for the program and every command, and exits 0."""
        with pytest.raises(SystemExit) as exit_info:
            main(argv)
        assert 0 == exit_info.value.code
        assert capsys.readouterr().out.startswith("usage: afdiplo")

    def test_version(self, capsys) -> None:
        """--version prints the installed version and exits 0."""
        with pytest.raises(SystemExit) as exit_info:
            main(["--version"])
        assert 0 == exit_info.value.code
        assert f"afdiplo {afdiplo.__version__}\n" == capsys.readouterr().out

    @pytest.mark.parametrize(
        "argv",
        [
            ["frobnicate"],
            ["parse"],
            ["parse", "--json", "--jsonl", str(SEED)],
            ["parse", "--published", "last Tuesday", str(SEED)],
            ["people", "--country"],
        ],
    )
    def test_usage_error_exits_2(self, argv, capsys) -> None:
        """A usage error exits with status 2 and says why on standard error."""
        with pytest.raises(SystemExit) as exit_info:
            main(argv)
        assert 2 == exit_info.value.code
        assert "usage: afdiplo" in capsys.readouterr().err


class TestParse:
    def test_summary_of_a_seed(self, capsys) -> None:
        """parse FILE prints the file name, calls, dates, participants and positions."""
        status = main(["parse", str(SEED)])
        captured = capsys.readouterr()
        assert (0, "") == (status, captured.err)
        assert captured.out.startswith(f"{SEED}\n  format: news   outlet: CGTN")
        assert "  call 2: phone, 2021-05-17\n" in captured.out
        assert "    Wang Yi said:\n" in captured.out

    def test_summary_says_whose_account(self) -> None:
        """The summary's first line names the source country, or "-" when none is known."""
        known = summarize("known", afdiplo.parse_file(SEED)).splitlines()[1]
        unknown = summarize("unknown", afdiplo.parse_file(WEEKDAY_SEED)).splitlines()[1]
        assert (
            "  format: news   outlet: CGTN   source: China   published: 2021-05-18T10:59:00",
            "  format: news   outlet: -   source: -   published: -",
        ) == (known, unknown)

    def test_summary_without_positions(self) -> None:
        """A call with no positions is summarised without a positions section."""
        readout = afdiplo.parse_file(SEED)
        bare = attrs.evolve(readout, calls=[attrs.evolve(c, positions=()) for c in readout.calls])
        text = summarize("bare", bare, positions=True)
        assert "said:" not in text
        assert "  call 1: phone, 2021-05-17" in text

    def test_json_round_trips(self, capsys) -> None:
        """--json writes one array of {source, readout} that from_dict reads back."""
        status = main(["parse", "--json", *map(str, SEED_FILES)])
        items = json.loads(capsys.readouterr().out)
        assert 0 == status
        assert [str(p) for p in SEED_FILES] == [item["source"] for item in items]
        assert afdiplo.parse_file(SEED) == afdiplo.from_dict(items[0]["readout"])

    def test_jsonl_writes_one_object_per_line(self, capsys) -> None:
        """--jsonl writes one {source, readout} object per line."""
        status = main(["parse", "--jsonl", *map(str, SEED_FILES)])
        lines = capsys.readouterr().out.splitlines()
        assert 0 == status
        assert len(SEED_FILES) == len(lines)
        assert [{"source", "readout"}] * len(lines) == [set(json.loads(x)) for x in lines]

    def test_dash_reads_standard_input(self, monkeypatch, capsys) -> None:
        """'-' reads the readout as bytes from standard input."""
        stdin = io.TextIOWrapper(io.BytesIO(SEED.read_bytes()), encoding="utf-8")
        monkeypatch.setattr(sys, "stdin", stdin)
        status = main(["parse", "--jsonl", "-"])
        item = json.loads(capsys.readouterr().out)
        assert 0 == status
        assert "<stdin>" == item["source"]
        assert afdiplo.parse_file(SEED) == afdiplo.from_dict(item["readout"])

    def test_published_resolves_a_weekday(self, capsys) -> None:
        """--published dates 'on Wednesday' in seed 002 to the Wednesday before it."""
        status = main(["parse", "--jsonl", "--published", "2020-08-20", str(WEEKDAY_SEED)])
        readout = afdiplo.from_dict(json.loads(capsys.readouterr().out)["readout"])
        assert 0 == status
        assert [dt.date(2020, 8, 19)] == [call.date for call in readout.calls]

    def test_published_takes_a_datetime(self, capsys) -> None:
        """--published also takes an ISO date-time, kept as the publication time."""
        status = main(["parse", "--jsonl", "--published", "2020-08-20T14:30", str(WEEKDAY_SEED)])
        readout = afdiplo.from_dict(json.loads(capsys.readouterr().out)["readout"])
        assert 0 == status
        assert dt.datetime(2020, 8, 20, 14, 30) == readout.published

    def test_lenient_accepts_a_non_readout(self, not_a_readout, capsys) -> None:
        """--lenient turns text with no call into a readout with no calls, exit 0."""
        status = main(["parse", "--jsonl", "--lenient", str(not_a_readout)])
        captured = capsys.readouterr()
        readout = afdiplo.from_dict(json.loads(captured.out)["readout"])
        assert (0, "") == (status, captured.err)
        assert () == readout.calls

    def test_strict_names_a_non_readout_and_goes_on(self, not_a_readout, capsys) -> None:
        """Without --lenient, a non-readout is named on stderr, exit 1, others still parsed."""
        status = main(["parse", "--jsonl", str(not_a_readout), str(SEED)])
        captured = capsys.readouterr()
        assert 1 == status
        assert captured.err.startswith(f"afdiplo: {not_a_readout}: expected ")
        assert [str(SEED)] == [json.loads(x)["source"] for x in captured.out.splitlines()]

    def test_missing_file_is_named(self, tmp_path, capsys) -> None:
        """A file that cannot be read is named with the reason, exit 1, no traceback."""
        missing = tmp_path / "missing.txt"
        status = main(["parse", "--json", str(missing), str(SEED)])
        captured = capsys.readouterr()
        assert 1 == status
        assert [f"afdiplo: {missing}: No such file or directory"] == captured.err.splitlines()
        assert 1 == len(json.loads(captured.out))

    def test_runs_as_a_program(self) -> None:
        """python -m afdiplo parse --json SEED exits 0 and writes valid JSON."""
        result = subprocess.run(  # noqa: S603 - this interpreter on a seed file
            [sys.executable, "-m", "afdiplo", "parse", "--json", str(SEED)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )
        assert (0, "") == (result.returncode, result.stderr)
        assert [str(SEED)] == [item["source"] for item in json.loads(result.stdout)]


class TestParseFolders:
    def test_folder_reads_every_txt_in_natural_order(self, tmp_path, capsys) -> None:
        """parse FOLDER reads each *.txt in it, numbers by value, and nothing else."""
        folder = tmp_path / "big"
        write_readouts(folder, ["10.txt", "9.txt", "100.txt", "1.txt"])
        (folder / "notes.md").write_text(DATED, encoding="utf-8")
        status = main(["parse", "--jsonl", str(folder)])
        sources = [json.loads(line)["source"] for line in capsys.readouterr().out.splitlines()]
        assert (0, [str(folder / n) for n in ("1.txt", "9.txt", "10.txt", "100.txt")]) == (
            status,
            sources,
        )

    def test_folder_summaries(self, tmp_path, capsys) -> None:
        """parse FOLDER summarises each readout under its path, as files given one by one."""
        paths = write_readouts(tmp_path / "in", ["a.txt", "b.txt"])
        assert 0 == main(["parse", str(tmp_path / "in")])
        from_folder = capsys.readouterr().out
        assert 0 == main(["parse", *map(str, paths)])
        assert capsys.readouterr().out == from_folder

    def test_folder_without_readouts_is_named(self, tmp_path, capsys) -> None:
        """A folder with no *.txt file is named on standard error, exit 1, the rest parsed."""
        empty = tmp_path / "empty"
        empty.mkdir()
        (path,) = write_readouts(tmp_path, ["call.txt"])
        status = main(["parse", "--jsonl", str(empty), str(path)])
        captured = capsys.readouterr()
        assert (1, f"afdiplo: {empty}: expected *.txt readouts in the folder, found none\n") == (
            status,
            captured.err,
        )
        assert [str(path)] == [json.loads(x)["source"] for x in captured.out.splitlines()]

    def test_standard_input_twice_is_a_usage_error(self, capsys) -> None:
        """'-' given twice exits 2: standard input can be read only once."""
        status = main(["parse", "-", "-"])
        assert (2, "afdiplo: expected '-' (standard input) at most once, found it 2 times;") == (
            status,
            capsys.readouterr().err.split(" standard input can")[0],
        )

    def test_standard_input_is_named_in_errors(self, monkeypatch, capsys) -> None:
        """A readout on standard input that fails is named <stdin>."""
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(NOT_A_READOUT.encode())))
        status = main(["parse", "-"])
        assert (1, "afdiplo: <stdin>: expected") == (status, capsys.readouterr().err[:26])


class TestSummaryWidth:
    def test_wide_terminal_shows_whole_positions(self, tmp_path, monkeypatch, capsys) -> None:
        """At 220 columns a position of 160 characters is shown whole."""
        monkeypatch.setenv("COLUMNS", "220")
        (path,) = write_readouts(tmp_path, ["call.txt"])
        assert 0 == main(["parse", str(path)])
        assert any(LONG_POSITION in line for line in position_lines(capsys.readouterr().out))

    def test_positions_fit_the_terminal(self, tmp_path, monkeypatch, capsys) -> None:
        """At 80 columns every position line is cut to fit in 79."""
        monkeypatch.setenv("COLUMNS", "80")
        (path,) = write_readouts(tmp_path, ["call.txt"])
        assert 0 == main(["parse", str(path)])
        lines = position_lines(capsys.readouterr().out)
        assert ([True] * len(lines), True) == (
            [len(line) <= 79 for line in lines],
            any(line.endswith(" ...") for line in lines),
        )

    def test_width_argument(self) -> None:
        """summarize(width=...) fits positions in that width, whatever the terminal."""
        readout = afdiplo.parse(DATED)
        narrow = position_lines(summarize("call.txt", readout, positions=True, width=60))
        wide = position_lines(summarize("call.txt", readout, positions=True, width=400))
        assert (True, True) == (
            all(len(line) <= 59 for line in narrow),
            any(LONG_POSITION in line for line in wide),
        )


class TestNotes:
    def test_a_note_is_printed_once(self) -> None:
        """A diagnostic the readout holds twice (two calls, one phrase) is one note."""
        readout = afdiplo.parse(UNDATED)
        (note,) = readout.diagnostics
        twice = attrs.evolve(readout, diagnostics=(note, note))
        lines = summarize("call.txt", twice).splitlines()
        assert [f"  note: {note.code}: {note.message}"] == [x for x in lines if "note:" in x]

    def test_different_notes_are_all_printed(self) -> None:
        """Notes that differ are each printed, in order."""
        readout = afdiplo.parse(UNDATED)
        (note,) = readout.diagnostics
        other = attrs.evolve(note, message="another message")
        lines = summarize("call.txt", attrs.evolve(readout, diagnostics=(note, other)))
        assert [note.message, "another message"] == [
            x.split(": ", 2)[2] for x in lines.splitlines() if "note:" in x
        ]


class TestDescribeDay:
    @pytest.mark.parametrize(
        ("date", "partial", "expected"),
        [
            (dt.date(2020, 8, 19), afdiplo.PartialDate(month=8, day=19), "2020-08-19"),
            (None, None, "undated"),
            (None, afdiplo.PartialDate(), "undated"),
            (None, afdiplo.PartialDate(month=8, day=19), "undated (19 August)"),
            (None, afdiplo.PartialDate(weekday=2), "undated (Wednesday)"),
            (
                None,
                afdiplo.PartialDate(month=8, day=19, weekday=2),
                "undated (Wednesday 19 August)",
            ),
            (None, afdiplo.PartialDate(year=2020, month=8), "undated (August 2020)"),
        ],
    )
    def test_days(self, date, partial, expected) -> None:
        """A date is ISO; otherwise 'undated', with what the text says of the day."""
        assert expected == describe_day(date, partial)

    def test_summary_and_timeline_agree(self, tmp_path, capsys) -> None:
        """An undated call reads the same in the summary and in the timeline."""
        (path,) = write_readouts(tmp_path, ["call.txt"], UNDATED)
        main(["parse", str(path)])
        summary = capsys.readouterr().out
        main(["timeline", str(path)])
        heading = capsys.readouterr().out.splitlines()[0]
        assert ("  call 1: phone, undated (19 August), requested by Sergey Lavrov", heading) == (
            next(line for line in summary.splitlines() if line.startswith("  call 1:")),
            f"undated (19 August): Sergey Lavrov and Wang Yi ({path})",
        )


class TestNaturalOrder:
    def test_numbers_by_value(self) -> None:
        """Numbers in names sort by value, text without regard to case."""
        names = ["big/100.txt", "big/10.txt", "Big/9.txt", "big/1.txt", "a.txt"]
        assert ["a.txt", "big/1.txt", "Big/9.txt", "big/10.txt", "big/100.txt"] == sorted(
            names, key=natural_key
        )

    def test_list_sources(self) -> None:
        """At most `limit` sources are named, in natural order, then how many more."""
        sources = [f"big/{n}.txt" for n in (100, 10, 9, 1, 2)]
        assert (
            "big/1.txt, big/2.txt, big/9.txt and 2 more",
            "big/1.txt, big/2.txt, big/9.txt, big/10.txt, big/100.txt",
            "big/1.txt, big/2.txt",
        ) == (
            list_sources(sources, limit=3),
            list_sources(sources, limit=None),
            list_sources(sources[3:], limit=3),
        )

    def test_calls_of_one_day_by_their_sources(self) -> None:
        """Two calls of one day come in the natural order of their sources."""
        other = DATED.replace("Sergey Lavrov", "Ine Eriksen Soreide").replace(
            "Russian", "Norwegian"
        )
        corpus = afdiplo.Corpus(
            {"big/10.txt": afdiplo.parse(DATED), "big/9.txt": afdiplo.parse(other)}
        )
        entries = corpus.timeline()

        def first_sources(ordered):
            return list(dict.fromkeys(e.position.sources[0] for e in ordered))

        assert [["big/9.txt", "big/10.txt"]] * 2 == [
            first_sources(in_natural_order(entries)),
            first_sources(in_natural_order(entries[::-1])),
        ]


class TestTimelineSources:
    NAMES = ("10.txt", "9.txt", "100.txt", "1.txt", "2.txt")
    NATURAL = ("1.txt", "2.txt", "9.txt", "10.txt", "100.txt")

    def test_at_most_three_sources(self, tmp_path, capsys) -> None:
        """A call reported by five files names three, in natural order, and how many more."""
        write_readouts(tmp_path / "big", self.NAMES)
        assert 0 == main(["timeline", str(tmp_path / "big")])
        heading = capsys.readouterr().out.splitlines()[0]
        shown = ", ".join(str(tmp_path / "big" / n) for n in ("1.txt", "2.txt", "9.txt"))
        assert f"2021-08-19: Sergey Lavrov and Wang Yi ({shown} and 2 more)" == heading

    def test_sources_names_them_all(self, tmp_path, capsys) -> None:
        """--sources names every source, in natural order, on the call's and each line."""
        write_readouts(tmp_path / "big", self.NAMES)
        assert 0 == main(["timeline", "--sources", str(tmp_path / "big")])
        lines = capsys.readouterr().out.splitlines()
        every = ", ".join(str(tmp_path / "big" / n) for n in self.NATURAL)
        assert (f"({every})", f"(commitment; {every})") == (
            lines[0].split(": ", 1)[1].split(" ", 5)[-1],
            lines[-1].split("Sergey Lavrov ", 1)[1].split(": ", 1)[0],
        )

    def test_json_names_every_source_in_natural_order(self, tmp_path, capsys) -> None:
        """--json lists every source, in natural order."""
        write_readouts(tmp_path / "big", self.NAMES)
        assert 0 == main(["timeline", "--json", str(tmp_path / "big")])
        entries = json.loads(capsys.readouterr().out)
        every = [str(tmp_path / "big" / n) for n in self.NATURAL]
        assert [(every, every)] * len(entries) == [
            (e["call"]["sources"], e["sources"]) for e in entries
        ]


class TestActor:
    @pytest.mark.parametrize(
        ("actor", "expected"),
        [
            ("Chinese", "China"),
            ("chinese", "China"),
            ("China", "China"),
            ("Beijing", "China"),
            ("Russian", "Russia"),
            ("Sergei Lavrov", "Sergei Lavrov"),
            ("Lavrov", "Lavrov"),
            ("Nobody Known", "Nobody Known"),
        ],
    )
    def test_resolve_actor(self, actor, expected) -> None:
        """A demonym, alias or capital becomes its country; names stay as given."""
        assert expected == resolve_actor(actor, afdiplo.Gazetteer.default())

    @pytest.mark.parametrize("actor", ["Chinese", "chinese", "Beijing"])
    def test_demonym_is_the_country(self, actor, capsys) -> None:
        """--actor with a demonym or capital lists what --actor with the country lists."""
        assert 0 == main(["timeline", str(SEEDS), "--actor", "China"])
        by_country = capsys.readouterr().out
        assert 0 == main(["timeline", str(SEEDS), "--actor", actor])
        assert (True, by_country) == ("Wang Yi (" in by_country, capsys.readouterr().out)

    def test_unreadable_gazetteer_is_named(self, tmp_path, monkeypatch, capsys) -> None:
        """When the gazetteer cannot be read, --actor says so and exits 1, no traceback."""

        def broken():
            msg = "expected a gazetteer, found none"
            raise afdiplo.DataFileError(msg)

        monkeypatch.setattr(afdiplo.Gazetteer, "default", broken)
        write_readouts(tmp_path, ["call.txt"])
        status = main(["timeline", str(tmp_path), "--actor", "Russian"])
        assert (1, "afdiplo: expected a gazetteer, found none\n") == (
            status,
            capsys.readouterr().err,
        )

    def test_demonym_keeps_only_that_country(self, tmp_path, capsys) -> None:
        """--actor Russian keeps Lavrov's positions and none of Wang Yi's."""
        write_readouts(tmp_path, ["call.txt"])
        assert 0 == main(["timeline", "--json", str(tmp_path), "--actor", "Russian"])
        assert {"Sergey Lavrov"} == {e["speaker"] for e in json.loads(capsys.readouterr().out)}


class TestTopics:
    def test_lists_every_topic(self, capsys) -> None:
        """topics prints each topic key of the lexicon, with its description, in file order."""
        lexicon = read_json("lexicons", "topics.json")
        status = main(["topics"])
        lines = capsys.readouterr().out.splitlines()
        assert 0 == status
        assert [k for k in lexicon if k != "_meta"] == [line.split()[0] for line in lines]
        assert lexicon["etim"]["description"] in next(x for x in lines if x.startswith("etim "))

    def test_json(self, capsys) -> None:
        """topics --json writes an array of {key, description} objects."""
        status = main(["topics", "--json"])
        topics = json.loads(capsys.readouterr().out)
        assert 0 == status
        assert {"key": "etim", "description": "The East Turkistan Islamic Movement (ETIM)."} in (
            topics
        )


class TestPeople:
    def test_lists_the_gazetteer(self, capsys) -> None:
        """people prints one line per person in the default gazetteer."""
        status = main(["people"])
        lines = capsys.readouterr().out.splitlines()
        assert 0 == status
        assert len(afdiplo.Gazetteer.default().people) == len(lines)

    def test_country_filter(self, capsys) -> None:
        """people --country Russia lists only Russians, with their aliases."""
        status = main(["people", "--country", "Russia"])
        lines = capsys.readouterr().out.splitlines()
        assert 0 == status
        assert "Sergey Lavrov Russia (Sergei Lavrov, Sergey Viktorovich Lavrov)" in [
            " ".join(line.split()) for line in lines
        ]
        assert [True] * len(lines) == ["  Russia" in line for line in lines]

    def test_country_filter_json(self, capsys) -> None:
        """people --country takes a demonym, and --json writes {name, country, aliases}."""
        status = main(["people", "--country", "Russian", "--json"])
        people = json.loads(capsys.readouterr().out)
        assert 0 == status
        assert {"Russia"} == {person["country"] for person in people}
        assert {"name", "country", "aliases"} == set(people[0])


class TestColour:
    def test_colour_on_a_terminal(self, monkeypatch, capsys) -> None:
        """On a terminal without NO_COLOR, the summary's headings are coloured."""
        monkeypatch.delenv("NO_COLOR", raising=False)
        as_terminal(monkeypatch, sys.stdout)
        main(["parse", str(SEED)])
        assert f"\x1b[1m{SEED}\x1b[0m\n" in capsys.readouterr().out

    def test_no_color_is_respected(self, monkeypatch, capsys) -> None:
        """NO_COLOR turns colour off, even on a terminal."""
        monkeypatch.setenv("NO_COLOR", "1")
        as_terminal(monkeypatch, sys.stdout)
        main(["parse", str(SEED)])
        assert "\x1b[" not in capsys.readouterr().out

    def test_no_colour_off_a_terminal(self, monkeypatch, capsys) -> None:
        """Output to a file or pipe is never coloured."""
        monkeypatch.delenv("NO_COLOR", raising=False)
        main(["parse", str(SEED)])
        assert "\x1b[" not in capsys.readouterr().out

    def test_plain_palette_leaves_text_alone(self) -> None:
        """A disabled palette returns the text unchanged."""
        assert "heading" == Palette(enabled=False).paint("heading", "bold", "red")


class TestProgress:
    def test_no_bar_off_a_terminal(self, capsys) -> None:
        """When stderr is not a terminal, nothing is written to it."""
        main(["parse", "--jsonl", *map(str, SEED_FILES)])
        assert "" == capsys.readouterr().err

    def test_bar_on_a_terminal(self, monkeypatch, capsys) -> None:
        """When stderr is a terminal, a bar counts the files and is cleared at the end."""
        as_terminal(monkeypatch, sys.stderr)
        main(["parse", "--json", *map(str, SEED_FILES)])
        err = capsys.readouterr().err
        assert f"\r[####################] 5/5 {SEED_FILES[-1]}" in err
        assert err.endswith("\r")
        assert "" == err.rsplit("\r", 2)[-2].strip()


OFFICIAL_SEED = SEEDS / "001_2fac647d5e77c0f9.txt"


class TestDiff:
    def test_side_by_side(self, capsys) -> None:
        """diff shows both readouts' labels, matched pairs and what only one side says."""
        status = main(["diff", str(OFFICIAL_SEED), str(WEEKDAY_SEED)])
        out = capsys.readouterr().out
        assert 0 == status
        assert "Said in both (" in out
        assert "Only in B (" in out
        assert " | " in out

    def test_says_whether_it_is_one_call(self, capsys) -> None:
        """diff says plainly, under the labels, whether the two readouts report one call."""
        main(["diff", str(OFFICIAL_SEED), str(WEEKDAY_SEED)])
        same = capsys.readouterr().out.splitlines()[2]
        main(["diff", str(OFFICIAL_SEED), str(SEED)])
        different = capsys.readouterr().out.splitlines()[2]
        assert (
            "Same call: Mohammad Hanif Atmar and Wang Yi, undated.",
            (
                "Different calls: no call of one side is a call of the other "
                "(dated 2021-05-17 and 19 August, more than a day apart)."
            ),
        ) == (same, different)

    def test_labels_are_the_file_names(self, capsys) -> None:
        """Each side is labelled with its file name as given, never a digest."""
        main(["diff", str(OFFICIAL_SEED), str(WEEKDAY_SEED)])
        assert [
            f"A: {OFFICIAL_SEED}",
            f"B: {WEEKDAY_SEED}",
        ] == capsys.readouterr().out.splitlines()[:2]

    def test_shows_voice_and_one_sided_topics(self, capsys) -> None:
        """diff shows who speaks on each side and the topics only one side reports."""
        main(["diff", str(OFFICIAL_SEED), str(SEED)])
        out = capsys.readouterr().out.splitlines()
        voice = out.index("Who speaks (positions and characters)")
        topics = out.index("Topics only one side reports")
        assert (True, True, True) == (
            out[voice + 2].split()[:3] == ["A", "Wang", "Yi"],
            out[topics + 1].startswith("  Only in A: "),
            out[topics + 2].startswith("  Only in B: "),
        )

    def test_html_page(self, tmp_path, capsys) -> None:
        """diff --html FILE writes the HTML report, the two texts in it, and still prints."""
        page = tmp_path / "report.html"
        status = main(["diff", str(OFFICIAL_SEED), str(WEEKDAY_SEED), "--html", str(page)])
        html = page.read_text(encoding="utf-8")
        assert (0, True, True, True) == (
            status,
            html.startswith("<!DOCTYPE html>"),
            "Home\xa0&gt;\xa0News &amp; Events" in html,
            "Said in both (" in capsys.readouterr().out,
        )

    def test_html_page_that_cannot_be_written(self, tmp_path, capsys) -> None:
        """An HTML file that cannot be written is named, with exit status 1."""
        target = tmp_path / "missing" / "report.html"
        status = main(["diff", str(OFFICIAL_SEED), str(WEEKDAY_SEED), "--html", str(target)])
        assert (1, f"afdiplo: {target}: ") == (
            status,
            capsys.readouterr().err[: len(str(target)) + 11],
        )

    def test_json_is_a_comparison(self, capsys) -> None:
        """diff --json writes a comparison that from_dict reads back."""
        assert 0 == main(["diff", "--json", str(OFFICIAL_SEED), str(WEEKDAY_SEED)])
        data = json.loads(capsys.readouterr().out)
        comparison = afdiplo.from_dict(data, afdiplo.Comparison)
        assert len(comparison.matched) >= 10

    def test_colour_marks_the_word_diff(self, monkeypatch, capsys) -> None:
        """On a terminal, deleted words are red and inserted ones green."""
        monkeypatch.delenv("NO_COLOR", raising=False)
        monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
        main(["diff", str(OFFICIAL_SEED), str(WEEKDAY_SEED)])
        out = capsys.readouterr().out
        assert ("\x1b[31m" in out, "\x1b[32m" in out) == (True, True)

    def test_not_a_readout_is_named(self, not_a_readout, capsys) -> None:
        """A file that is no readout is named on standard error, with exit status 1."""
        status = main(["diff", str(not_a_readout), str(WEEKDAY_SEED)])
        assert (1, str(not_a_readout)) == (status, capsys.readouterr().err.split(": ")[1])

    def test_standard_input_is_named(self, monkeypatch, capsys) -> None:
        """A readout on standard input that is no readout is named <stdin>, exit 1."""
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(NOT_A_READOUT.encode())))
        status = main(["diff", "-", str(WEEKDAY_SEED)])
        assert (1, "<stdin>") == (status, capsys.readouterr().err.split(": ")[1])

    def test_standard_input_for_one_side(self, tmp_path, monkeypatch, capsys) -> None:
        """diff - B reads A from standard input."""
        (path,) = write_readouts(tmp_path, ["call.txt"], UNDATED)
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(DATED.encode())))
        status = main(["diff", "-", str(path)])
        lines = capsys.readouterr().out.splitlines()
        assert (0, "A: <stdin>", True) == (status, lines[0], "Said in both (2)" in lines)

    def test_standard_input_twice_is_a_usage_error(self, capsys) -> None:
        """diff - - exits 2: standard input can be read only once."""
        status = main(["diff", "-", "-"])
        expected = (
            "afdiplo: expected '-' (standard input) at most once, found it 2 times; "
            "standard input can be read only once\n"
        )
        assert (2, expected) == (status, capsys.readouterr().err)


class TestTimeline:
    def test_folder_grouped_by_call(self, capsys) -> None:
        """timeline over the seed folder groups positions by call, in date order."""
        assert 0 == main(
            ["timeline", str(SEEDS), "--actor", "China", "--topic", "counter-terrorism"]
        )
        out = capsys.readouterr().out
        headers = [line for line in out.splitlines() if not line.startswith("  ")]
        assert headers[0].startswith("2021-05-17: ")
        assert any(
            "001_2fac647d5e77c0f9.txt" in h and "002_371f03bf1a80d86c.txt" in h for h in headers
        )

    def test_json_entries(self, capsys) -> None:
        """timeline --json lists entries with date, call, speaker, stance and sources."""
        assert 0 == main(["timeline", "--json", "--actor", "Lavrov", *map(str, SEED_FILES)])
        entries = json.loads(capsys.readouterr().out)
        assert {"Sergey Lavrov"} == {e["speaker"] for e in entries}
        assert {"2021-08-16"} == {e["date"] for e in entries}

    def test_dash_reads_standard_input(self, monkeypatch, capsys) -> None:
        """timeline - reads a readout from standard input, named <stdin>."""
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(DATED.encode())))
        assert 0 == main(["timeline", "-"])
        heading = capsys.readouterr().out.splitlines()[0]
        assert "2021-08-19: Sergey Lavrov and Wang Yi (<stdin>)" == heading

    def test_bad_file_named_rest_processed(self, not_a_readout, capsys) -> None:
        """A file that is no readout is named, the others still make the timeline."""
        status = main(["timeline", str(not_a_readout), str(SEED)])
        captured = capsys.readouterr()
        assert (1, True) == (status, "2021-05-17" in captured.out)


class TestMainJobEnding:
    def test_ends_with_comparison_and_timeline(self, capsys) -> None:
        """The main job ends with the 19 August comparison and China's terrorism timeline."""
        main([])
        out = capsys.readouterr().out
        comparison = out.index("== The 19 August call")
        timeline = out.index("== China on terrorism")
        assert comparison < timeline
        assert "Said in both (" in out[comparison:timeline]


def test_timeline_unknown_topic_is_a_usage_error(capsys) -> None:
    """An unknown --topic is refused with status 2, naming the known keys."""
    status = main(["timeline", str(SEED), "--topic", "weather"])
    err = capsys.readouterr().err
    assert (2, True) == (status, "counter-terrorism" in err and "'weather'" in err)
