"""Agency mentions in the working text and their canonical names (CONTRACT §3).

One pass per gazetteer rule of rules/agencies.yaml finds candidates; overlapping
candidates are resolved leftmost-longest, so `Ban Thường vụ Tỉnh ủy` is one
mention and not `Tỉnh ủy`, and `Sở Văn hóa, Thể thao và Du lịch` is one agency
while `Sở Nội vụ, Sở Ngoại vụ` are two.  Whether a mention is an assignment is
decided later (extract/roles.py); here only what and where.
"""

from __future__ import annotations

import bisect
import collections
import dataclasses
import functools
import itertools
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from pipeline import rules
from pipeline.ingest.encodings import is_vietnamese_word
from pipeline.normalise.canonical import province, province_area, spacing, tone


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    agency: str  # canonical name
    agency_type: str
    tier: str  # national / province / issuer: whose agency it is
    rule_id: str
    in_list_only: bool = False  # `địa phương` alone: an actor only after another agency
    part: str | None = None  # a board part's own name (`Ban Phong trào` of `Ban Phong trào Tỉnh đoàn`)


def _gazetteer():
    return rules.load("agencies")


@functools.lru_cache(maxsize=8192)
def expand(text: str) -> str:
    """Abbreviations spelled out (`VP HĐND&UBND huyện` → `Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện`)."""
    for rule in rules.load("abbreviations"):
        text = rule.pattern.sub(_expansion(rule), text)
    return text


def _expansion(rule):
    """A rule's spelling: its `expansion`, or, for a rule that reads several abbreviations of one
    kind in one place (`các trường ĐH, CĐSP`), the one its `expansion_by` gives what it matched."""
    by = rule.get("expansion_by")
    return (lambda m: by[m.group()]) if by else rule.get("expansion")


_WORD = regex.compile(r"[\p{L}\p{M}]+")


@functools.lru_cache(maxsize=8192)
def canonical(text: str) -> str:
    """Canonical spelling of a name as written: abbreviations, dashes, spaces, tone marks, first capital.

    Tone marks are fixed word by word so that the commas of a name (`các xã, phường`)
    stay where they are.
    """
    name = _WORD.sub(lambda m: tone(_unjoined(m.group())), _rejoined(spacing(expand(text))))
    if _NUMBER_RANGE.search(text):
        name = _SPACED_RANGE.sub(r"\1-\2", name)
    if _TIGHT_CODE.search(text):
        name = _SPACED_CODE.sub(r"\1-\2", name)
    if _TIGHT_BRAND.search(text):
        name = _SPACED_BRAND.sub(r"\1-\2", name)
    return name[:1].upper() + name[1:]


# A syllable a PDF broke at a line end without a hyphen (`Ban Kinh tế - Xã h` / `ội`): the
# wrap's space lands inside the word, the first piece is no syllable, the two together are one.
_BROKEN_SYLLABLE = regex.compile(r"(?<![\p{L}\p{M}\d])(\p{Ll}[\p{L}\p{M}]{0,3}) (\p{Ll}[\p{L}\p{M}]{0,5})(?![\p{L}\p{M}])")


def _rejoined(name: str) -> str:
    """`name` with the syllables a line break split written whole (`Xã h ội` → `Xã hội`,
    `nghiệp` from `ngh iệp`): the first piece alone is no Vietnamese syllable (`h`, `ngh`, `đ`)."""
    return _BROKEN_SYLLABLE.sub(
        lambda m: m.group(1) + m.group(2) if not is_vietnamese_word(m.group(1))
        and is_vietnamese_word(m.group(1) + m.group(2)) else m.group(), name)


_VOWELS = frozenset("aăâeêioôơuưyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ")


def _unjoined(word: str) -> str:
    """`word` as the two syllables a PDF copy ran together (`Quảnlý` → `Quản lý`, `côngnghiệp` →
    `công nghiệp`): a word with a Vietnamese letter that is no syllable, and splits into two
    syllables one way only, the second opening with a consonant (a place's own spelling, `Cà Roòng`,
    is no two syllables).  Initials (`ĐTN`) and words in plain letters (a brand) stay."""
    if len(word) < 4 or word.isascii() or not word[1:].islower() or is_vietnamese_word(word):
        return word
    splits = [n for n in range(2, len(word) - 1) if word[n] not in _VOWELS
              and is_vietnamese_word(word[:n]) and is_vietnamese_word(word[n:])]
    return f"{word[:splits[0]]} {word[splits[0]:]}" if len(splits) == 1 else word


# A range of grades or numbers written tight is part of a name as it is (`Tổ chuyên môn 2-3`),
# not a dash between words that `spacing` opens up.
_NUMBER_RANGE = regex.compile(r"(?<![\d/.])\d{1,2}[-–]\d{1,2}(?![\d/.])")
_SPACED_RANGE = regex.compile(r"(?<![\d/.])(\d{1,2}) - (\d{1,2})(?![\d/.])")
# So is a code joined to its number (`Ban Chỉ đạo phòng, chống dịch COVID-19`): one word.
_TIGHT_CODE = regex.compile(r"(?<![\p{L}\d])\p{Lu}{2,}[-–]\d{1,2}(?![\p{L}\d/.])")
_SPACED_CODE = regex.compile(r"(?<![\p{L}\d])(\p{Lu}{2,}) - (\d{1,2})(?![\p{L}\d/.])")
# And a brand of one letter joined to a word (`Công ty CP Phát triển trạm sạc toàn cầu V-Green`).
_TIGHT_BRAND = regex.compile(r"(?<![\p{L}\d])\p{Lu}[-–]\p{Lu}\p{Ll}+(?![\p{L}\d])")
_SPACED_BRAND = regex.compile(r"(?<![\p{L}\d])(\p{Lu}) - (\p{Lu}\p{Ll}+)(?![\p{L}\d])")


def _picked(rule, m) -> str | None:
    """A rule's `names` map keyed by what its `pick` group read (`Chi nhánh`, `Bộ`, …)."""
    names = rule.get("names")
    if not names or "pick" not in rule.pattern.groupindex:
        return None
    key = " ".join((m.group("pick") or "").split())
    return names.get(key, names.get(""))


def _sector(working: str, pos: int, end: int):
    """The longest sector name at `pos`: (end offset, official name) or None."""
    best = None
    for rule in _gazetteer().any_of("sectors").at(working, pos):
        m = rule.match(working, pos, end)
        if m and (best is None or m.end() > best[0]):
            name = rule.get("name") or _picked(rule, m) or m.group("pick")
            best = (m.end(), name)
    return best


def _tail_end(working: str, pos: int, end: int) -> int:
    """Past a jurisdiction written after the name (` huyện`, ` tỉnh Gia Lai`, ` Khánh Hòa`)."""
    m = _gazetteer().by_id("agency.tail").match(working, pos, end)
    return m.end() if m else pos


def _kind_mention(rule, m, working: str, end: int) -> Mention | None:
    """A rule's match as a mention: a head word and its sector, or a named body.  With
    `own_place`, the place after the name and what follows it are the body's own (`Khu kinh
    tế Đông Nam`) unless the place is a province: a jurisdiction, left to the tail.  A company
    (`place_heads`) keeps the district it is named after (`… Dịch vụ công ích Quận 1`)."""
    if rule.get("sector"):
        pos = m.end()
        while pos < end and working[pos] in " \t":
            pos += 1
        found = _sector(working, pos, end)
        if not found:
            return None
        stop, sector = found
        name = f"{rule.get('kind')} {sector}"
    else:
        stop = m.end()
        written = m.group("name") if "name" in rule.pattern.groupindex else m.group()
        if "head" in rule.pattern.groupindex and m.group("head") in rule.get("place_heads", ()):
            named = _gazetteer().by_id("agency.tail_named_place").match(working, stop, end)
            if named:
                stop = named.end()
                written = working[m.start("name"):stop]
            cut = _company_place_end(written)
            if cut:
                stop = m.start("name") + cut
                written = written[:cut]
        if "level" in rule.pattern.groupindex and m.group("level"):  # `Ban Chỉ đạo tỉnh về …`: the level is the tail's
            cut = m.start("level") - m.start("name")
            written = written[:cut] + written[cut + len(m.group("level")):]
        if rule.get("own_place"):
            if m.group("place") and province(m.group("place")) is not None:
                stop = m.end("name")
            else:
                written = working[m.start("name"):m.end()]
        name = rule.get("name") or _picked(rule, m) or canonical(written)
        if rule.get("branch_of"):  # `… (Vietcombank) Cần Thơ`, `… (ACB) - Chi nhánh`: the bank's branch, brand left out
            name = canonical(f"Chi nhánh {' '.join(m.group(rule.get('branch_of')).split())}")
        if "whose" in rule.pattern.groupindex and m.group("whose"):
            # `Hội đồng thành viên, Chủ tịch các công ty TNHH MTV`: the body the list shares (read
            # ahead, out of the mention) completes the first one's name
            name = canonical(f"{written} {' '.join(m.group('whose').split())}")
        if "units" in rule.pattern.groupindex and m.group("units"):  # `Ban CHQS các xã, phường`: several, listed
            name = f"{name} {' '.join(m.group('units').split())}"
        if "number" in rule.pattern.groupindex and m.group("number"):  # `Tòa án nhân dân khu vực 3`: one of them
            name = f"{name} {m.group('number')}"
        if "area_of" in rule.pattern.groupindex and m.group("area_of"):
            # `Tòa án nhân dân khu vực 1 - Nghệ An`: a regional body's official name ends with its
            # province; capitals after the dash that are no province are left to what follows
            if province(m.group("area_of")):
                name = f"{name} - {canonical(m.group('area_of'))}"
            else:
                stop = m.start("area_dash")
        if "upto" in rule.pattern.groupindex and m.group("upto"):  # `Thuế cơ sở 1 đến Thuế cơ sở 8`: a run of them, one actor
            name = f"{name} - {m.group('upto')}"
        if rule.get("capitalised"):
            name = _capitalised(name, rule.get("capitalised"))
        if rule.get("drops_province"):
            name = _without_province(name)
        if rule.get("owned_units"):  # `Phòng Công tác chính trị Công an tỉnh`: the force goes with the tail
            owner = _gazetteer().by_id("agency.tail_owner").match(working, stop, end)
            stop = owner.end() if owner else stop
    # a board named with its body (`Ban Thường vụ Hội Nông dân tỉnh`): its `part` group is the board
    # word, which names this board when written alone later on (_parts_named_before)
    part = canonical(m.group("part")) if "part" in rule.pattern.groupindex and m.group("part") else None
    return Mention(m.start(), _tail_end(working, stop, end), name, _agency_type(rule, m),
                   rule.get("tier", "issuer"), rule.id, part=part)


_PROVINCE_AFTER = regex.compile(r"(?P<head>.*[ ]tỉnh|.*nhân dân[ ]thành phố)[ ](?P<place>\p{Lu}.*)")
_PLACE_LIST = regex.compile(r"[ ]*,[ ]*(?:và[ ]+)?|[ ]+và[ ]+")


def _without_province(name: str) -> str:
    """`Ủy ban nhân dân tỉnh Lâm Đồng` → `Ủy ban nhân dân tỉnh`: a province written after `tỉnh`
    says whose, and goes to `jurisdiction`; a district's or commune's place stays its name.
    So do the provinces a regional body lists (`Ủy ban nhân dân các tỉnh Nghệ An, Hà Tĩnh` →
    `Ủy ban nhân dân các tỉnh`), when every one of them is a province; a centrally-run city is one
    (`Ủy ban nhân dân thành phố Cần Thơ` → `Ủy ban nhân dân thành phố`), a provincial city is not,
    nor a city closing a list of districts (`… các huyện, thị xã và thành phố Huế`)."""
    m = _PROVINCE_AFTER.fullmatch(name)
    if m is None:
        return name
    places = _PLACE_LIST.split(m.group("place"))
    return m.group("head") if all(province(place) is not None for place in places) else name


_CAPITAL_RUN = regex.compile(r"(?<=[ ])\p{Lu}[\p{L}\p{M}]*(?:[ ]\p{Lu}[\p{L}\p{M}]*){0,3}(?=[ ]+\p{Ll})")


def _company_place_end(written: str) -> int | None:
    """Where a company's name ends at the province it is named after, when the words after it
    are lowercase: its verb (`Công ty TNHH MTV Thoát nước Hà Nội nạo vét ga`), which the generic
    unit rule cannot tell from a name word it does not know."""
    for run in _CAPITAL_RUN.finditer(written):
        words = run.group().split(" ")
        for i in range(len(words) - 1):  # the province is the run's last two or more words
            if province(" ".join(words[i:])) is not None:
                return run.end()
    return None


def _capitalised(name: str, phrases: list[str]) -> str:
    """A proper name's common-noun parts with their first letter capitalised, as the body
    writes its own name (`Trường trung học phổ thông Nguyễn Du` → `Trường Trung học phổ
    thông Nguyễn Du`): an abbreviation spelled out comes in small letters."""
    for phrase in phrases:
        name = name.replace(phrase, phrase[:1].upper() + phrase[1:])
    return name


def _agency_type(rule, m) -> str:
    """A rule's `types` map keyed by its `head` group (`Phòng` → phong, `Ban` → ban), else its agency_type."""
    types = rule.get("types")
    if types and "head" in rule.pattern.groupindex:
        return types.get(m.group("head"), rule.get("agency_type", "other"))
    return rule.get("agency_type", "other")


def _collective_mention(rule, m, working: str, end: int) -> Mention:
    """A plural actor, with the level word written after it (`các đoàn thể chính trị - xã hội huyện`)
    so that a list goes on after it.  A rule's `plural` names the actor when its `name` group
    leaves out the word that makes it plural (`Mỗi Chi đoàn thôn` → `Các Chi đoàn thôn`); its
    `plural_common` does so for a common noun, which stays in small letters (`Mỗi trường THPT` →
    `Các trường trung học phổ thông`)."""
    name = rule.get("name") or _picked(rule, m) or canonical(
        m.group("name") if "name" in rule.pattern.groupindex else m.group())
    if rule.get("plural"):
        name = f"{rule.get('plural')} {name}"
    elif rule.get("plural_common"):
        name = f"{rule.get('plural_common')} {name[:1].lower()}{name[1:]}"
    tail = _gazetteer().by_id("agency.tail_level").match(working, m.end(), end)
    return Mention(m.start(), tail.end() if tail else m.end(), name, rule.get("agency_type", "collective"),
                   "issuer", rule.id, bool(rule.get("in_list_only")))


def _sector_list(working: str, start: int, end: int) -> list[Mention]:
    """Bare sector names after `Các đơn vị … bao gồm:` or `các Bộ:`, each one agency of the
    list's kind (a rule's `sector_list: true` gives it)."""
    gazetteer = _gazetteer()
    separator = gazetteer.by_id("agency.list_separator")
    out: list[Mention] = []
    intros = [rule for rule in gazetteer.group("lists") if rule.get("sector_list")]
    for intro, m in ((rule, m) for rule in intros for m in rule.finditer(working, start, end)):
        pos = m.end()
        while (found := _sector(working, pos, end)) is not None:
            stop, sector = found
            out.append(Mention(pos, stop, f"{intro.get('kind')} {sector}", intro.get("agency_type"),
                               intro.get("tier"), intro.id))
            sep = separator.match(working, stop, end)
            if not sep:
                break
            pos = sep.end()
    return out


def _unit_list(working: str, start: int, end: int) -> list[Mention]:
    """Items after `Các Cục: …; …` (or `Các phòng: …, …`): the kind is written once before the
    colon, each item is one unit of it (`Cục Chăn nuôi và Thú y`, `Phòng Công nghệ thông tin`)."""
    gazetteer = _gazetteer()
    intro, item = gazetteer.by_id("agency.unit_list"), gazetteer.by_id("agency.unit_list_item")
    out: list[Mention] = []
    for m in intro.finditer(working, start, end):
        pos = m.end()
        while (it := item.match(working, pos, end)) is not None and it.end() > pos:
            kind = m.group("kind")
            name = canonical(f"{kind[0].upper()}{kind[1:]} {' '.join(it.group('name').split())}")
            out.append(Mention(it.start("name"), it.end("name"), name, intro.get("agency_type"),
                               intro.get("tier"), intro.id))
            if working[it.end("name"):it.end()].strip() not in (";", ","):
                break
            pos = it.end()
    return out


def _board_parts(working: str, start: int, end: int, found: list[Mention]) -> list[Mention]:
    """The office or the members of a board, named after it (`Văn phòng Thường trực Ban Chỉ đạo
    389 tỉnh` → `Văn phòng Thường trực Ban Chỉ đạo 389`): a part written right before a board's
    mention takes the board's canonical name, so the level stays out of both."""
    longest: dict[int, Mention] = {}
    for m in found:
        if m.start not in longest or m.end > longest[m.start].end:
            longest[m.start] = m
    out: list[Mention] = []
    for rule in _gazetteer().group("board_parts"):
        for m in rule.finditer(working, start, end):
            board = longest.get(m.end())
            if board is not None:
                part = rule.get("name") or canonical(m.group("name"))
                out.append(Mention(m.start(), board.end, f"{part} {board.agency}",
                                   rule.get("agency_type", "other"), board.tier, rule.id, part=part))
    return out


@functools.cache
def _generic_ids() -> frozenset[str]:
    """The ids of the generic unit rules (`generic: true`): asked at every mention lookup."""
    return frozenset(rule.id for rule in _gazetteer().rules if rule.get("generic"))


@functools.cache
def _part_only_ids() -> frozenset[str]:
    """The rules of a part that is an agency only after its full name (`part_only: true`)."""
    return frozenset(rule.id for rule in _gazetteer().rules if rule.get("part_only"))


@functools.lru_cache(maxsize=4)
def _set_up_parts(working: str) -> dict[str, int]:
    """{part: where the plan first sets up a team named by it alone} (rules/agencies.yaml
    set_up_parts: `thành lập 09 Tổ công tác`)."""
    out: dict[str, int] = {}
    for rule in _gazetteer().group("set_up_parts"):
        for m in rule.finditer(working):
            out.setdefault(m.group("name"), m.end("name"))
    return out


def _parts_named_before(kept: list[Mention], done: frozenset[int] = frozenset(),
                        working: str | None = None) -> list[Mention]:
    """A part written alone after its full name (`(qua Ban Phong trào)` after `Ban Phong trào
    Tỉnh Đoàn`) is that body: it takes the full name the part last had under a local board.
    A national board's part (`Ban Phong trào Trung ương Đoàn`) is always named in full.
    Mentions whose id() is in `done` were read so already and only lend their full names.
    A part the plan has set up by that word alone before (_set_up_parts of `working`, read only
    when such a bare part is met) is that team."""
    generic, part_only = _generic_ids(), _part_only_ids()
    set_up: dict[str, int] | None = None
    full: dict[str, str] = {}
    out: list[Mention] = []
    for mention in kept:
        if id(mention) in done and not mention.part:
            out.append(mention)
            continue
        if mention.part and mention.tier != "national":
            full[mention.part] = mention.agency
        elif mention.rule_id in generic and mention.agency in full:
            mention = dataclasses.replace(mention, agency=full[mention.agency])
        elif mention.rule_id in part_only and mention.agency not in full.values():
            if set_up is None:
                set_up = _set_up_parts(working) if working is not None else {}
            if mention.agency not in set_up or mention.start <= set_up[mention.agency]:
                continue  # a part never named in full (`Cơ quan Thường trực`) names no body
        out.append(mention)
    return out


# (a numbered unit keeps its number after its initials: `Phòng NV3` for `Phòng Nghiệp vụ 3`)
_ACRONYM = regex.compile(r"(?P<head>.+?) (?P<short>\p{Lu}{2,}(?: ?[-–&] ?\p{Lu}+)*)(?: ?(?P<number>\d{1,2}))?")


def _initials(words: str) -> str:
    """First letters without tone marks: `Hồi sức tích cực - Chống độc` → `HSTCCĐ`."""
    return "".join(unicodedata.normalize("NFD", w[0])[0].upper() for w in _WORD.findall(words))


def _full_names(kept: Iterable[Mention]) -> dict[tuple[str, str], set[str]]:
    """Names written out, keyed by their head and the initials of the rest (`Phòng`, `QLCL`);
    also by the initials of the rest without the words its initials may leave out
    (agency.acronym_elided), marked `~` (`Đội`, `~TTĐT` for `Đội Quản lý trật tự đô thị`), and
    without its `và`, marked `^` (`Vụ`, `^LPĐUQT` for `Vụ Luật pháp và Điều ước quốc tế`)."""
    elided = _gazetteer().by_id("agency.acronym_elided")
    full: dict[tuple[str, str], set[str]] = {}
    for mention in kept:
        if _ACRONYM.fullmatch(mention.agency):
            continue
        words = mention.agency.split(" ")
        for n in (1, 2):  # a head of one or two words: `Phòng`, `Chi cục`
            if len(words) > n:
                head, rest = " ".join(words[:n]), " ".join(words[n:])
                full.setdefault((head, _initials(rest)), set()).add(mention.agency)
                if m := elided.match(rest):
                    full.setdefault((head, "~" + _initials(rest[m.end():])), set()).add(mention.agency)
                if "và" in words[n:]:
                    bare = " ".join(w for w in words[n:] if w != "và")
                    full.setdefault((head, "^" + _initials(bare)), set()).add(mention.agency)
    return full


def _spelled_names(working: str, near: dict[tuple[str, str], set[str]], key: tuple[str, str]) -> set[str]:
    """The full names an acronym's (head, initials) may stand for, nearby first, then in the
    whole document; by the initials of the whole rest first, then of the rest without the
    words left out of it (`Đội TTĐT` → `Đội Quản lý trật tự đô thị`), then without its `và`
    (`Vụ LPĐƯQT` → `Vụ Luật pháp và Điều ước quốc tế`: initials leave `và` out as often as not)."""
    for k in (key, (key[0], "~" + key[1]), (key[0], "^" + key[1])):
        if names := near.get(k) or _document_names(working).get(k, set()):
            return names
    return set()


@functools.lru_cache(maxsize=2)
def _document_mentions(working: str) -> tuple[Mention, ...]:
    """Every mention in the whole document, found once for the readings that need them all."""
    return tuple(_find_spaced(working, 0, len(working)))


@functools.lru_cache(maxsize=2)
def _document_names(working: str) -> dict[tuple[str, str], set[str]]:
    """The names written out anywhere in a document: a table cell (`Phòng QLCL`) is read alone."""
    return _full_names(_document_mentions(working))


def _acronyms_spelled_out(working: str, kept: list[Mention]) -> list[Mention]:
    """A unit written with the initials of its name (`Phòng QLCL`, `Khoa HSTC-CĐ`, `Phòng CSGT`)
    is the unit of that head whose full name the same document writes out (`Phòng Quản lý chất
    lượng`; `Cục TMĐT&KTS` → `Cục Thương mại điện tử và Kinh tế số`): hospitals, police forces
    and ministries shorten their own units, and no list of abbreviations can know them all.
    An acronym that fits no name or several stays."""
    generic = _generic_ids()
    near = None
    out: list[Mention] = []
    for mention in kept:
        if mention.rule_id in generic and (_ACRONYM.fullmatch(mention.agency) or _part_initials(mention.agency)):
            near = _full_names(kept) if near is None else near
            names = _acronym_names(working, near, mention.agency)
            if len(names) == 1:
                mention = dataclasses.replace(mention, agency=next(iter(names)))
        elif mention.rule_id in generic and any(len(w) > 1 and w.isupper() for w in mention.agency.split(" ")[1:]):
            names = _with_words_kept(working, mention.agency)
            if len(names) == 1:
                mention = dataclasses.replace(mention, agency=next(iter(names)))
        elif _gazetteer().by_id(mention.rule_id).get("sector"):
            mention = _own_unit_first(working, mention)
        out.append(mention)
    return out


def _own_unit_first(working: str, mention: Mention) -> Mention:
    """A unit written as a head and a sector's usual initials (`Phòng NV`, read `Phòng Nội vụ`)
    is the issuer's own unit of those initials when the document writes that one out and not the
    usual one (a museum's `Phòng Nghiệp vụ`, an agency's `Phòng Tổ chức` for `Phòng TC`): a plan
    shortens the names of its own units, which no list of abbreviations knows."""
    short = _ACRONYM.match(working, mention.start, mention.end)
    if not short or short.group("number") or "\n" in short.group():
        return mention
    if mention.agency in working:
        return mention
    names = _numbered(short, _document_names(working).get(_acronym_key(short), set())) - {mention.agency}
    return dataclasses.replace(mention, agency=next(iter(names))) if len(names) == 1 else mention


def _with_words_kept(working: str, name: str) -> set[str]:
    """The names written out in the document that `name` writes with some words as their initials
    and a term of capitals as it is (`Khoa KSBT - HIV/AIDS` → `Khoa Kiểm soát bệnh tật - HIV/AIDS`),
    which the initials of _acronym_names cannot spell: _one_body's reading, under the same head."""
    head = name.split(" ")[0] + " "
    return {full for names in _document_names(working).values() for full in names
            if full != name and full.startswith(head) and len(full) > len(name) and _one_body({name, full})}


def _part_initials(name: str) -> bool:
    """Is `name` written half in initials, half in words (`Phòng Khảo thí & ĐBCL`, `Ban TĐKT Trung ương`,
    `Ban Thu - PTNTG`: a dash between the parts, which initials do not count)?"""
    words = [w for w in name.replace("&", " & ").split()[1:] if w not in ("-", "–")]
    return all(w == "&" or w.isalpha() for w in words) and any(len(w) > 1 and w.isupper() for w in words) \
        and any(w.isalpha() and not w.isupper() for w in words)


def _acronym_names(working: str, near: dict[tuple[str, str], set[str]], name: str) -> set[str]:
    """The full names a unit written with initials may stand for: all initials after its head
    (`Phòng QLCL`), or initials and words (`Phòng Khảo thí & ĐBCL` → `Phòng Khảo thí và Đảm bảo chất
    lượng`, `Ban TĐKT Trung ương` → `Ban Thi đua - Khen thưởng Trung ương`, as a university's or a
    ministry's own papers shorten them): the words' initials, `và` for `&`, the initials as written,
    under a head of one or two words."""
    short = _ACRONYM.fullmatch(name)
    if short and (names := _numbered(short, _spelled_names(working, near, _acronym_key(short)))):
        return names
    return _part_names(working, near, name) if _part_initials(name) else set()


def _part_names(working: str, near: dict[tuple[str, str], set[str]], name: str) -> set[str]:
    """_acronym_names of a name written half in initials, half in words."""
    words = [w for w in name.replace("&", " & ").split() if w not in ("-", "–")]
    for n in (1, 2):
        letters = "".join("V" if w == "&" else w if w.isupper() else w[0] for w in words[n:])
        key = "".join(unicodedata.normalize("NFD", c)[0] for c in letters).upper()
        if names := _spelled_names(working, near, (" ".join(words[:n]), key)):
            return names
    return set()


def _numbered(short: regex.Match, names: set[str]) -> set[str]:
    """Of the full names an acronym may stand for, those with its number when it has one
    (`Phòng NV3` → `Phòng Nghiệp vụ 3`, not `Phòng Nghiệp vụ 1`): the initials leave it out."""
    number = short.group("number")
    return {name for name in names if name.endswith(f" {number}")} if number else names


def _acronym_key(short: regex.Match) -> tuple[str, str]:
    """(head, initials) of a unit written with its initials; `&` stands for `và`, whose
    initial the full name's key holds (`Cục TMĐT&KTS`)."""
    letters = "".join(unicodedata.normalize("NFD", c)[0] for c in short.group("short").replace("&", "V")
                      if c.isalpha())
    return short.group("head"), letters


def spelled_out(working: str, name: str) -> str:
    """A name a table cell gives as initials (`TT CNTT&CĐS` → `Trung tâm CNTT&CĐS`) spelled
    out as the document writes it in full elsewhere (`Trung tâm Công nghệ thông tin và
    Chuyển đổi số`), as _acronyms_spelled_out does for the names the gazetteer finds."""
    short = _ACRONYM.fullmatch(name)
    names = _numbered(short, _document_names(working).get(_acronym_key(short), set())) if short else set()
    if not names and _part_initials(name):
        names = _part_names(working, {}, name)
    return next(iter(names)) if len(names) == 1 else name


_NAME_GOES_ON = regex.compile(r"[ \t]*(?:và[ \t]+|[-–][ \t]*)\p{Lu}|,")


def _specific_first(working: str, found: list[Mention]) -> list[Mention]:
    """A generic unit name (`agency.unit`) yields to a specific rule's mention at the same
    offset: the specific one knows where the official name ends, the generic one may run
    on into a verb it does not know (`Phòng Lao động - Thương binh và Xã hội đối chiếu`).
    It wins only when the name goes on with a capital after `và` or a dash
    (`Trung tâm Văn hóa - Thể thao và Truyền thông`), or over a comma, which the generic rule
    crosses only inside an official name (`Phòng Thanh tra, kiểm tra`)."""
    generic = _generic_ids()
    specific_end: dict[int, int] = {}
    for m in found:
        if m.rule_id not in generic:
            specific_end[m.start] = max(m.end, specific_end.get(m.start, m.start))
    return [m for m in found if m.rule_id not in generic or m.start not in specific_end
            or (m.end > specific_end[m.start] and _NAME_GOES_ON.match(working, specific_end[m.start], m.end))]


def _bare_offices(working: str, kept: list[Mention], issuer: str | None = None) -> list[Mention]:
    """`(qua Văn phòng)` names an office without its owner, `gửi Trung ương Hội` a central
    committee without its association (a rule's `bare_of`): it is the one body of that head the
    document names in full (`Văn phòng Hội`, `Trung ương Hội Cựu chiến binh Việt Nam`); with
    none or several it says nobody in particular, unless the bare head is a body's usual short
    name (`bare_keeps`: `Ban Quản lý`), which then stays as written.  A plan that names the bare
    head as a body itself (`4. Văn phòng`, `Văn phòng chủ trì`, `Thanh tra tỉnh`) means that body
    (a rule's `own_of`: the head is the one it read), also, for a rule with `own_first`, over an
    office named in full elsewhere (`Văn phòng VKSND tối cao` among the recipients).  An
    association's board written bare (a rule's `bare_board`: `BTV Hội`, `Ban Kiểm tra Hội`) is
    the issuing association's when the issuer is one (_own_board), else its name is its head.
    An organ of that central committee (a rule's `bare_organ_of`: `Văn phòng TW Hội`) takes the
    same full name after its own words, or stays as written."""
    gazetteer = _gazetteer()
    named: dict[str, set[str]] = {}
    own = {m.agency for m in kept if not gazetteer.by_id(m.rule_id).get("bare_of")}
    association = _issuer_association(issuer)
    out: list[Mention] = []
    for mention in kept:
        rule = gazetteer.by_id(mention.rule_id)
        if rule.get("bare_board") and association:
            out.append(_own_board(mention, association))
            continue
        head = mention.agency if rule.get("own_of") or rule.get("bare_board") else rule.get("bare_of")
        if head and (rule.get("own_of") or rule.get("own_first")) and head in own and mention.agency == head:
            out.append(mention)
            continue
        if head and rule.get("own_of"):
            continue
        organ_of = rule.get("bare_organ_of")
        if organ_of and mention.agency.endswith(" " + organ_of):
            full = _named_in_full(working, named, organ_of)
            if len(full) == 1:  # `Văn phòng Trung ương Hội` → `… Trung ương Hội Liên hiệp Phụ nữ Việt Nam`
                organ = mention.agency.removesuffix(organ_of)
                mention = dataclasses.replace(mention, agency=organ + next(iter(full)))
        if head:
            full = _bare_names(working, named, rule, head, mention.agency, issuer)
            if len(full) == 1:
                mention = dataclasses.replace(mention, agency=next(iter(full)))
            elif not rule.get("bare_keeps"):
                continue
        out.append(mention)
    return out


def _bare_names(working: str, named: dict[str, set[str]], rule, head: str, bare: str, issuer: str | None) -> set[str]:
    """The full names a bare head may stand for: those the document writes beginning with it, cut
    after a rule's `bare_cut` (`Trạm khu vực` is `Trạm Chăn nuôi và Thú y khu vực`, whatever place
    follows in a table: the short name says the kind, not the station).  For a rule with
    `bare_most_named`, of several the one named more than twice as often as any other (`báo cáo Chi
    cục` in a department's plan: its own sub-department, which the plan names throughout, not the
    other department's `Chi cục Quản lý thị trường` it names once); not in the plan of a body of that
    head itself, whose bare head is its own (agency.issuer_head)."""
    full = _named_in_full(working, named, head)
    if cut := rule.get("bare_cut"):
        full = {name[:name.index(f" {cut}") + len(cut) + 1] for name in full if f" {cut}" in name} - {bare}
    if len(full) > 1 and rule.get("bare_most_named") and not (issuer or "").startswith(head + " "):
        counts = sorted(((_name_counts(working)[name], name) for name in full), reverse=True)
        if counts[0][0] > 2 * counts[1][0]:
            return {counts[0][1]}
    return full


@functools.lru_cache(maxsize=2)
def _name_counts(working: str) -> collections.Counter:
    """How often the document names each body in full."""
    return collections.Counter(m.agency for m in _document_mentions(working))


def _named_in_full(working: str, named: dict[str, set[str]], head: str) -> set[str]:
    """The names the document writes in full that begin with `head` (cached in `named`)."""
    if head not in named:
        named[head] = {name for names in _document_names(working).values() for name in names
                       if name.startswith(head + " ")}
    return named[head]


def _issuer_association(issuer: str | None) -> str | None:
    """The association an issuer's name says the plan is of, with its level (`Hội Nông dân xã Tân
    Hiệp` → `Hội Nông dân xã`; agency.issuer_association), else None."""
    m = _gazetteer().by_id("agency.issuer_association").match(issuer) if issuer else None
    return canonical(m.group("association")) if m else None


def _own_board(mention: Mention, association: str) -> Mention:
    """A bare board (`Ban Chấp hành Hội`) named as the association's (`Ban Chấp hành Hội Nông dân xã`)."""
    board = mention.agency.removesuffix(" Hội")
    return dataclasses.replace(mention, agency=f"{board} {association}")


def find_mentions(working: str, start: int, end: int, issuer: str | None = None) -> list[Mention]:
    """Every agency mention in working[start:end], in text order, none overlapping; `issuer`
    (the issuer's name) names the boards an association's own plan writes bare."""
    found = _bare_offices(working, _acronyms_spelled_out(working, _find_spaced(working, start, end)), issuer)
    found = _small_heads(working, start, end, _short_names_used(working, start, end, found))
    found = _shared_levels(working, _plural_units(working, start, found))
    found = _level_shared(working, found)
    found = _bare_initials(working, start, end, found)
    found = _boards_shared(working, found)
    return _inspected(working, end, _capital_headings(working, start, end, _collective_shorts(working, start, end, found)))


def _boards_shared(working: str, found: list[Mention]) -> list[Mention]:
    """`found` with the companies listed after a board written once (`Hội đồng thành viên Tập đoàn
    X, Tổng công ty Y và Tổng công ty Z chỉ đạo …`) named as their own boards (`Hội đồng thành viên
    Tổng công ty Y`): a state-enterprise plan gives the work to each company's board, and the list
    ends at the next board (`… và Hội đồng quản trị Tập đoàn W`) or at anything but a comma or `và`."""
    rule = _gazetteer().by_id("agency.company_board_list")
    board_of = regex.compile(rule.get("board"))
    company = regex.compile(rule.get("company"))
    out = list(found)
    board = None
    for n, mention in enumerate(found):
        if n and board and company.match(mention.agency) and not board_of.match(mention.agency) \
                and rule.match(working[found[n - 1].end:mention.start].replace("\n", " ")):
            out[n] = dataclasses.replace(mention, agency=f"{board} {mention.agency}", rule_id=rule.id)
            continue
        got = board_of.match(mention.agency)
        board = got.group("board") if got and mention.rule_id == "agency.company_board_of" else None
    return out


def _inspected(working: str, end: int, found: list[Mention]) -> list[Mention]:
    """`found` with a group picked out as those inspected or audited (`Các đơn vị được kiểm tra`,
    `UBND các xã, phường được kiểm toán`, agency.inspected_tail) named with those words: the plan
    asks only them, not every unit or commune."""
    tail = _gazetteer().by_id("agency.inspected_tail")
    out = []
    for i, m in enumerate(found):
        if m.agency.startswith("Các ") or " các " in m.agency:
            t = tail.match(working, m.end, end)
            if t and (i + 1 == len(found) or found[i + 1].start >= t.end()):
                m = dataclasses.replace(m, end=t.end(), agency=f"{m.agency} {' '.join(t.group('words').split())}")
        out.append(m)
    return out


def issuer_head_uses(working: str, start: int, end: int, found: list[Mention], issuer: str | None) -> list[Mention]:
    """`found` with the issuer's bare head word where a report is sent to it (`gửi về Bộ (qua Vụ …)`,
    agency.issuer_head): in a ministry's own plan `Bộ` alone is that ministry, in a department's `Sở`
    that department.  The gazetteer cannot tell whose head it is; the issuer's name (metadata) can."""
    named = _find(issuer, 0, len(issuer)) if issuer else []
    if not named or named[0].start != 0:
        return found
    own = named[0]
    starts = [m.start for m in found]
    extra = []
    # (also the head opening a bullet as its doer, agency.issuer_head_subject: `• Chi cục tổ chức …`)
    for rule in (_gazetteer().by_id("agency.issuer_head"), _gazetteer().by_id("agency.issuer_head_subject")):
        for m in rule.finditer(working, start, end):
            i = bisect.bisect_right(starts, m.start("head"))
            free = (i == 0 or found[i - 1].end <= m.start("head")) and (i == len(found) or found[i].start >= m.end("head"))
            if free and issuer.startswith(m.group("head") + " "):
                extra.append(Mention(m.start("head"), m.end("head"), own.agency, own.agency_type, own.tier, rule.id))
    return sorted(found + extra, key=lambda x: x.start) if extra else found


def council_boards(found: list[Mention], issuer: str | None) -> list[Mention]:
    """`found` with a council's boards written alone named with the council (`Ban Pháp chế` →
    `Ban Pháp chế Hội đồng nhân dân tỉnh`) when the plan is a people's council's own
    (agency.council_board_alone): only the issuer's name tells whose board a bare name is.
    In any other plan a bare `Các Ban` (collective.council_boards_alone) is no one's, and dropped."""
    rule = _gazetteer().by_id("agency.council_board_alone")
    council = regex.search(rule.get("council"), issuer or "")
    if not council:
        return [m for m in found if m.rule_id != "collective.council_boards_alone"]
    return [dataclasses.replace(m, agency=f"{m.agency} {council.group('council')}") if rule.match(m.agency) else m
            for m in found]


_LISTED_APART = regex.compile(r"[ ]*(?:,|;|và)[ ]*(?:và[ ]+)?")


def _collective_shorts(working: str, start: int, end: int, found: list[Mention]) -> list[Mention]:
    """`found` with the uses of a name a plan gives the bodies it lists (agency.short_collective:
    `…, Công ty … Nam Khánh Hòa (sau đây gọi chung là các Công ty thủy lợi)`): each use is those
    bodies as one actor, named by the words their names begin with (`Các Công ty Trách nhiệm hữu
    hạn Một thành viên Khai thác công trình thủy lợi`), as the plan names them elsewhere; a short
    name is no agency's name the gazetteer could know.  A group named once (`Các Công ty Điện lực
    tỉnh, thành phố (sau đây gọi là các PC)`) keeps its own name."""
    added: list[Mention] = []
    for defined_at, name, tier, use in _collective_names(working):
        for u in use.finditer(working, start, end):
            if u.start() == defined_at or any(f.start < u.end() and u.start() < f.end for f in found):
                continue
            added.append(Mention(u.start(), u.end(), name, "collective", tier, "agency.short_collective"))
    return sorted(found + added, key=lambda x: x.start) if added else found


@functools.lru_cache(maxsize=2)
def _collective_names(working: str) -> tuple[tuple[int, str, str, regex.Pattern], ...]:
    """(where the short name stands, the bodies' shared name, their tier, the pattern of its uses)
    of each name a plan gives a list of bodies: read once per document, as find_mentions is asked
    for every table cell and line of it."""
    names = []
    for d in _gazetteer().by_id("agency.short_collective").finditer(working):
        lo = working.rfind("\n", 0, d.start()) + 1
        before = _find_spaced(working, lo, d.start())
        listed: list[Mention] = []
        if before and not working[before[-1].end:d.start()].strip():
            listed = [before[-1]]
            for m in reversed(before[:-1]):
                if not _LISTED_APART.fullmatch(working, m.end, listed[0].start):
                    break
                listed.insert(0, m)
        group = _plural_units(working, lo, listed)[0] if len(listed) == 1 else None
        if group is not None and group.agency.startswith("Các "):
            name = group.agency  # `Các Công ty Điện lực tỉnh, thành phố (sau đây gọi là các PC)`: a group named once
        elif len(listed) < 2:
            continue
        else:
            words = [m.agency.split(" ") for m in listed]
            common = list(itertools.takewhile(lambda ws: len(set(ws)) == 1, zip(*words, strict=False)))
            if len(common) < 2:
                continue
            name = "Các " + " ".join(ws[0] for ws in common)
        rest = d.group("short").split()  # `các` and the words after it, which a wrap may split
        use = regex.compile(r"(?<![\p{L}])[Cc]" + regex.escape(rest[0][1:]) + "".join(
            r"\s+" + regex.escape(w) for w in rest[1:]) + r"(?![\p{L}])")
        names.append((d.start("short"), name, listed[0].tier, use))
    return tuple(names)


def _capital_headings(working: str, start: int, end: int, found: list[Mention]) -> list[Mention]:
    """A heading that is a body's name in capitals (`4/ CÔNG AN PHƯỜNG:` among `3/ Văn phòng HĐND
    và UBND phường:`, `5/ Trung tâm …`; agency.capital_heading): the gazetteer is written in the
    names' own capitals and misses it, so it is read as the mention the document writes the same
    way in small letters (`Công an phường`), which says its canonical name."""
    heading = _gazetteer().by_id("agency.capital_heading")
    written: dict[str, Mention] = {}
    for mention in found:
        written.setdefault(single_spaced(working[mention.start:mention.end]).upper(), mention)
    starts = [m.start for m in found]
    out = list(found)
    for m in heading.finditer(working, start, end):
        mention = written.get(single_spaced(m.group("name")).upper())
        i = bisect.bisect_left(starts, m.start("name"))
        if mention is None or (i < len(found) and found[i].start < m.end("name")) \
                or (i > 0 and found[i - 1].end > m.start("name")):
            continue
        out.append(dataclasses.replace(mention, start=m.start("name"), end=m.end("name")))
    return sorted(out, key=lambda x: x.start) if len(out) > len(found) else found


# the communes written once after the last body of a list (`…, Trạm Y tế xã, phường`; not the
# `các xã, phường` of a name that lists them, `UBND các xã, phường`, nor the tail of such a list,
# `Đoàn các xã, phường, đặc khu`, which a comma precedes)
_COMMUNE = r"(?:xã|phường|thị trấn|đặc khu)"
_LEVELS_AT_END = regex.compile(rf"(?<![Cc]ác|cấp|,)[ ]+({_COMMUNE}(?:[ ]*,[ ]*{_COMMUNE})+)$")
_LIST_COMMA = regex.compile(r"[ ]*,[ ]*")


def _shared_levels(working: str, found: list[Mention]) -> list[Mention]:
    """Bodies listed bare before one that names the communes (`Chỉ đạo Ban CHQS, Công an, Trạm Y
    tế xã, phường`) are those communes' too: each is named as if written with them (`Ban Chỉ huy
    Quân sự xã, phường`, `Công an xã, phường`), which changes only the bodies whose name keeps a
    list of communes; the others drop it as the last one does."""
    out = list(found)
    for i, last in enumerate(found):
        levels = _LEVELS_AT_END.search(working, last.start, last.end)
        if levels is None:
            continue
        j = i
        while j > 0 and _LIST_COMMA.fullmatch(working, found[j - 1].end, found[j].start) \
                and not _LEVELS_AT_END.search(working, found[j - 1].start, found[j - 1].end) \
                and working[found[j - 1].end - 1].isalpha():
            j -= 1
            written = f"{working[found[j].start:found[j].end]} {levels.group(1)}"
            again = _find(written, 0, len(written))
            # (a bare head, `Trạm khu vực`, is named by the document, not by its words read again)
            if len(again) == 1 and again[0].end == len(written) and again[0].start == 0 \
                    and not _gazetteer().by_id(again[0].rule_id).get("bare_of"):
                out[j] = dataclasses.replace(found[j], agency=again[0].agency)
    return out


_LIST_GAP = regex.compile(r"[ ]*,[ ]*$|[ ]+và[ ]+$")


def _level_shared(working: str, found: list[Mention]) -> list[Mention]:
    """`found` with the party committee, council and people's committee listed bare before a body
    that writes the level (`Thường trực Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã`; agency.
    level_shared): each is named as if written with that level (`Ủy ban nhân dân xã`), since the
    plan writes the level once for the whole list; a bare `UBND` elsewhere names no one body."""
    item, written = _gazetteer().by_id("agency.level_shared"), _gazetteer().by_id("agency.level_written")
    at_end = {m.end: k for k, m in enumerate(found)}
    out = list(found)
    added: list[Mention] = []
    for last in found:
        level = written.search(working, last.start, last.end)
        if level is None:
            continue
        items: list[regex.Match] = []
        pos, lo = last.start, working.rfind("\n", 0, last.start) + 1
        while (gap := _LIST_GAP.search(working, max(lo, pos - 8), pos)) is not None:
            m = item.search(working, max(lo, gap.start() - 40), gap.start())
            if m is None:
                break
            items.append(m)
            pos = m.start()
        standing = next((m.group("standing") for m in reversed(items) if m.group("standing")), None)
        for m in items:
            body = m.group()
            if standing and not m.group("standing") and m.group("body") in ("HĐND", "Hội đồng nhân dân") \
                    and items[-1].start() < m.start():
                body = f"{standing.strip()} {body}"
            named = f"{body} {level.group('level')}"
            again = _find(named, 0, len(named))
            if len(again) != 1 or again[0].start != 0 or again[0].end != len(named):
                continue
            k = at_end.get(m.end())
            if k is not None and found[k].start == m.start():
                out[k] = dataclasses.replace(found[k], agency=again[0].agency)
            elif not any(f.start < m.end() and m.start() < f.end for f in found):
                added.append(dataclasses.replace(again[0], start=m.start(), end=m.end(), rule_id=item.id))
    return sorted(out + added, key=lambda x: x.start) if added else out


# room for `các` and the spaces before a mention (agency.plural_kind)
_PLURAL_REACH = 6


@functools.cache
def _kind_ids() -> frozenset[str]:
    """The rules whose name, after `các`, is a kind of body (`generic: true` or `plural: true`)."""
    return frozenset(rule.id for rule in _gazetteer().rules if rule.get("generic") or rule.get("plural"))


def _plural_units(working: str, start: int, found: list[Mention]) -> list[Mention]:
    """A generic unit's name after `các` (`chỉ đạo các Khu Quản lý đường bộ`, `các Ban Quản lý dự
    án`) is a kind, all of whose units act: one actor named with `Các`, `các` in its span
    (agency.plural_kind).  A unit named by its number (`các Đội Quản lý thị trường số 1, 2`) is one
    of a list, left alone."""
    generic = _kind_ids()
    plural = _gazetteer().by_id("agency.plural_kind")
    out: list[Mention] = []
    for mention in found:
        if mention.rule_id in generic and not mention.agency[-1:].isdigit() \
                and not _ROMAN_END.search(mention.agency) \
                and (m := plural.search(working, max(start, mention.start - _PLURAL_REACH), mention.start)) \
                and (not out or out[-1].end <= m.start()):
            mention = dataclasses.replace(mention, start=m.start(), agency=f"Các {mention.agency}",
                                          rule_id=plural.id)
        out.append(mention)
    return out


_ROMAN_END = regex.compile(r"[ ][IVXLC]{1,5}$")
# how far a unit's name written after a small head is read (agency.plural_kind_small)
_SMALL_HEAD_REACH = 200


def _small_heads(working: str, start: int, end: int, found: list[Mention]) -> list[Mention]:
    """`found` with the kinds of unit written with a small head after `các` (`các phòng Quản lý,
    hỗ trợ doanh nghiệp`, agency.plural_kind_small): the gazetteer reads a unit's head in capitals,
    so the name is read with its head raised, and the mention is the kind, `Các` and the head as
    written (`Các phòng Quản lý, hỗ trợ doanh nghiệp`)."""
    rule = _gazetteer().by_id("agency.plural_kind_small")
    generic = _kind_ids()
    added: list[Mention] = []
    for m in rule.finditer(working, start, end):
        at, head = m.start("head"), m.group("head")
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        window = head[:1].upper() + head[1:] + working[m.end("head"):min(end, at + _SMALL_HEAD_REACH)]
        named = _find(window, 0, len(window))
        if not named or named[0].start != 0 or named[0].rule_id not in generic or named[0].agency[-1:].isdigit():
            continue
        unit = named[0]
        added.append(Mention(m.start(), at + unit.end, f"Các {head}{unit.agency[len(head):]}", unit.agency_type,
                             unit.tier, rule.id))
    return sorted(found + added, key=lambda x: x.start) if added else found


@functools.lru_cache(maxsize=2)
def _short_names(working: str) -> tuple[dict[str, Mention], regex.Pattern | None, dict[int, Mention], frozenset[int]]:
    """The short names the document defines (agency.short_given), each for the one body it was
    given to, the pattern of their later bare uses (`URENCO chủ trì`, `C06 chủ trì`; not the
    definition in brackets), the mentions whose name the bracket shows to run on (`Cục Pháp
    chế và cải cách hành chính` + `, tư pháp (V03)`) by their start, read to the bracket, and
    where the definitions' short names stand (`(sau đây gọi tắt là Đội TTĐT)` is no use).
    The issuer's own bare short name (agency.short_self) is a use only as whom reports go to
    (agency.short_self_addressee: `gửi … về Cảng vụ`) or as the subject opening a clause
    (agency.short_self_subject: `- Quỹ tổ chức nghiệm thu`); elsewhere it is the plan's author."""
    rule, self_named = _gazetteer().by_id("agency.short_given"), _gazetteer().by_id("agency.short_self")
    given: dict[str, set[str]] = {}
    mentions: dict[str, Mention] = {}
    longer: dict[int, Mention] = {}
    defined: set[int] = set()
    bare: set[str] = set()
    own: set[str] = set()
    plural_only: set[str] = set()
    for mention in _before_brackets(working):
        m = rule.match(working, mention.end)
        if not m or m.group("short") in _gazetteer_words():
            continue
        if m.group("first") and not mention.agency.startswith(canonical(m.group("first"))):
            continue  # a centre's first words name only the centre they begin
        if "," in m.group("short") and not _spells_end(mention.agency + " " + m.group("rest"), m.group("short")):
            continue  # `(HĐND, UBND)` after a name is a list, not its short name
        if m.group("board") and not _initials(mention.agency).startswith(_letters(m.group("board"))):
            continue  # `các thành viên Ban Chỉ đạo … (sau đây gọi là BCĐ huyện)`: the board's, not its members'
        if "&" in m.group("short") and " " not in m.group("short") and mention.agency_type in rule.get("sector_types"):
            continue  # `Sở Khoa học và Công nghệ (KH&CN)`: the sector's initials, used for the sector (`Quỹ Phát triển KH&CN`)
        defined.add(m.start("short"))
        if m.group("bare"):
            bare.add(m.group("short"))
            if self_named.match(working, m.end()):
                own.add(m.group("short"))
        if _shortens_tail(mention.agency, m.group("short")):
            if not _shortens_kind(mention.agency, m.group("short")):
                continue
            plural_only.add(m.group("short"))
        if m.group("rest"):
            if mention.rule_id not in rule.get("extends"):
                continue
            mention = dataclasses.replace(mention, end=m.end("rest"), agency=canonical(
                mention.agency + regex.sub(r"\s+", " ", m.group("rest"))))
            longer[mention.start] = mention
        given.setdefault(m.group("short"), set()).add(mention.agency)
        if len(mention.agency) >= len(mentions.get(m.group("short"), mention).agency):  # the name in full (_one_body)
            mentions[m.group("short")] = mention
    kinds: set[str] = set()
    named: set[str] = set()  # kinds written before a branch's own name (agency.glossary_kind)
    for short, mention in _glossary_entries(working):
        given.setdefault(short, set()).add(mention.agency)
        mentions[short] = mention
        if short.isalpha():
            kinds.add(short)
        if mention.rule_id == "agency.glossary_kind":
            named.add(short)
    shorts = {k: mentions[k] for k, names in given.items() if len(names) == 1 or _one_body(names)}
    if not shorts:
        return {}, None, longer, frozenset(defined)
    addressee = _gazetteer().by_id("agency.short_self_addressee").pattern.pattern
    subject = _gazetteer().by_id("agency.short_self_subject")
    subject_ahead = subject.get("ahead")

    def use(k: str) -> str:
        tail = (f"(?:{_branch_name()}|{_KIND_USE})" if k in named else _BARE_HEAD_USE if k in bare
                else _KIND_USE if k in kinds else "")
        word = _written(k, rule.get("heads")) + tail
        if k in plural_only:
            return _PLURAL_USE + word
        if k not in own:
            return word
        return f"(?:(?<={addressee}){word}|(?<={subject.pattern.pattern}){word}(?={subject_ahead}))"

    alternatives = "|".join(use(k) for k in sorted(shorts, key=len, reverse=True))
    return shorts, regex.compile(rf"(?<![\p{{L}}\d])(?:{alternatives})(?![\p{{L}}\d])"), longer, frozenset(defined)


def _letters(initials: str) -> str:
    """Initials as _initials writes a name's (`BCĐ` → `BCĐ`, `Bch` → `BCH`): capitals without tone marks."""
    return "".join(unicodedata.normalize("NFD", c)[0].upper() for c in initials)


def _spells_end(name: str, short: str) -> bool:
    """Do initials in groups (`QLVT, PT&NL`, `&` for `và`) spell the last words of `name`
    (`Phòng Quản lý vận tải, phương tiện và người lái`)?"""
    return _initials(name).endswith(short.replace("&", "V").replace(",", "").replace(" ", ""))


def _one_body(names: set[str]) -> bool:
    """Are the names one body's, some words written as their initials in all but the longest
    (`Trung tâm Điều độ HTĐ miền Nam (A2)` in the `Nơi nhận` list, `Trung tâm Điều độ hệ thống điện
    miền Nam (A2)` in the text)?  Then a short name given to each is still that one body's."""
    full = max(names, key=len).split(" ")
    for name in names:
        words, at = name.split(" "), 0
        for word in words:
            if at < len(full) and word == full[at]:
                at += 1
            elif len(word) > 1 and word.isupper() and _initials(" ".join(full[at:at + len(word)])) == word:
                at += len(word)
            else:
                return False
        if at != len(full):
            return False
    return True


def _written(short: str, heads: dict[str, str]) -> str:
    """The pattern of a short name of words as a plan goes on writing it: its head also short
    (`Trung tâm Khuyến công` → `TT Khuyến công`, agency.short_given's `heads`), its words also
    run together as a PDF copy leaves them (`Trungtâm Khuyếncông`).  Initials stay as given."""
    if " " not in short:
        return regex.escape(short)
    words = r"[ ]?".join(regex.escape(w) for w in short.split(" "))
    for head, initials in heads.items():
        if short.startswith(head + " "):
            rest = r"[ ]?".join(regex.escape(w) for w in short[len(head) + 1:].split(" "))
            return f"(?:{words}|{regex.escape(initials)}[ ]{rest})"
    return words


def _as_given(written: str, shorts: dict[str, Mention]) -> str:
    """The short name as the plan gave it, for a use written another way (_written)."""
    if written in shorts:
        return written
    heads = _gazetteer().by_id("agency.short_given").get("heads")
    return next((k for k in shorts if " " in k and regex.fullmatch(_written(k, heads), written)), written)


@functools.lru_cache(maxsize=1)
def _branch_name() -> str:
    """agency.glossary_kind's branch name after a kind's short name, as part of a use's pattern."""
    return _gazetteer().by_id("agency.glossary_kind").pattern.pattern.removeprefix("\\G")


# A kind of body a plan's list of abbreviations shortens (`VKSKV: Viện kiểm sát nhân dân khu
# vực`) is used with the number of one of them (`VKSKV 2`) or after `các` for all of them.
_KIND_USE = r"(?:[ ]+\d{1,2}(?![\p{L}\d]))?"
_PLURAL_BEFORE = regex.compile(r"(?<![\p{L}])([Cc]ác)[ ]+$")


def _glossary_entries(working: str) -> list[tuple[str, Mention]]:
    """The short names a plan's list of abbreviations gives a body (agency.glossary_entry, on
    each of its lines, one entry after another to the line's end), each with the body it
    stands for: the gazetteer's mention at the start of the entry's text, named by the whole
    text when the gazetteer's generic rule read only its first words (`Phòng Kiểm sát việc
    giải quyết các vụ, việc dân sự, …`)."""
    entry = _gazetteer().by_id("agency.glossary_entry")
    generic = _generic_ids()
    out: list[tuple[str, Mention]] = []
    for line, nl in _glossary_spans(working):
        pos, m = line, entry.match(working, line)
        while pos < nl:
            if m is None or m.end() <= pos:  # an entry of no short name (`BL, GLTM&HG - …`): the next one
                semi = working.find(";", pos, nl)
                if semi < 0:
                    break
                pos, m = semi + 1, entry.match(working, semi + 1)
                continue
            name = _wrapped_name(working, m, nl)
            found = _find(working, m.start("name"), m.start("name") + len(name))
            short = m.group("short")
            if found and found[0].start == m.start("name") and short not in _gazetteer_words():
                mention = found[0]
                if mention.rule_id in generic and mention.end < m.start("name") + len(name):
                    mention = dataclasses.replace(mention, agency=canonical(name))
                out.append((short, dataclasses.replace(mention, rule_id=entry.id)))
            elif not found and short not in _gazetteer_words() and (kind := _kind_named(name)):
                out.append((short, dataclasses.replace(kind, start=m.start("name"), end=m.start("name") + len(name))))
            pos = m.end()
            m = entry.match(working, pos)
    return out


def _wrapped_name(working: str, m: regex.Match, nl: int) -> str:
    """An entry's text, run on to the `;` of the next line when it stops at its line's end inside
    the list (`HQCK 20CF - Hải quan cửa` / `khẩu cảng Cẩm Phả;`), as the list's lines wrap."""
    name = m.group("name")
    if m.end("name") == nl and nl + 1 < len(working) and _glossary_wrap(working, nl + 1) \
            and _inside(nl + 1, _glossary_spans(working)):
        stops = [p for p in (working.find(";", nl + 1), working.find("\n", nl + 1)) if p >= 0]
        name = working[m.start("name"):min(stops, default=len(working))]
    return name.rstrip(" \t.")


def _kind_named(name: str) -> Mention | None:
    """The kind of body an entry's text names, where the gazetteer reads it only as a group
    (`Điện lực`, read in `các Điện lực`): agency.glossary_kind, named in the singular."""
    plural = f"các {name}"
    found = _find(plural, 0, len(plural))
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(plural) \
            or not found[0].agency.startswith("Các "):
        return None
    return dataclasses.replace(found[0], agency=found[0].agency.removeprefix("Các "), rule_id="agency.glossary_kind")


def _inside(at: int, spans: tuple[tuple[int, int], ...]) -> bool:
    """Does offset `at` fall in one of `spans` (start, end)?"""
    return any(lo <= at < hi for lo, hi in spans)


def _glossary_wrap(working: str, line: int) -> bool:
    """Is `line` the wrapped rest of the list's line above: that line stops inside an entry (no `;`,
    `.` or `:` at its end) and this one ends the entry (agency.glossary_wrap: `HQCK 20CF - Hải quan
    cửa` / `khẩu cảng Cẩm Phả; HQCK 03CC - …`)?"""
    above = working[:line - 1].rstrip(" \t")
    return bool(above) and above[-1] not in ";.:" \
        and _gazetteer().by_id("agency.glossary_wrap").match(working, line) is not None


@functools.lru_cache(maxsize=2)
def _glossary_spans(working: str) -> tuple[tuple[int, int], ...]:
    """The lines of a plan's list of abbreviations (agency.glossary_cue, then each line right
    after it while an agency.glossary_entry opens it; an entry never runs past its line): they
    say what a short name means, and give no body any work.  A cue whose entries run on from its
    colon starts the list there; a line of two entries or more (agency.glossary_line) is a list
    without a cue.  The list goes on over a line of terms that opens with several short names
    (`- BL, GLTM - buôn lậu, …;`) and over the wrapped rest of an entry (_glossary_wrap)."""
    cue, entry = _gazetteer().by_id("agency.glossary_cue"), _gazetteer().by_id("agency.glossary_entry")
    shorts = _gazetteer().by_id("agency.glossary_shorts")
    ends = [c.end() for c in cue.finditer(working)]
    inline = {e for e in ends if e < len(working) and working[e] != "\n"}
    starts = {e + 1 for e in ends} - {n + 1 for n in inline}
    starts |= inline | {m.start() for m in _gazetteer().by_id("agency.glossary_line").finditer(working)}
    spans: list[tuple[int, int]] = []
    for line in sorted(starts):
        if spans and spans[-1][0] <= line <= spans[-1][1]:
            continue
        while line < len(working) and (line in inline or entry.match(working, line) is not None
                                       or shorts.match(working, line) is not None
                                       or spans and spans[-1][1] + 1 == line and _glossary_wrap(working, line)):
            nl = working.find("\n", line)
            nl = len(working) if nl < 0 else nl
            spans.append((line, nl))
            line = nl + 1
    return tuple(spans)


# A unit's head given as a short name (`Chi cục`) is that unit only where it stands alone: not
# before a name (`Chi cục Kiểm lâm`) or as a title (`Chi cục trưởng`).
_BARE_HEAD_USE = r"(?![ ]+\p{Lu}|[ ]+(?:trưởng|phó)(?![\p{L}]))"


def _shortens_tail(name: str, short: str) -> bool:
    """Do the initials in the bracket spell only the last words of the name, in small letters
    (`Trưởng các tổ dân phố (TDP)`)?  Then they shorten those words, a kind of unit the plan
    goes on writing (`28 TDP`, `Trưởng TDP số 3`), not the body the name is; a unit's own name
    is capitalised (`Trung tâm Phục vụ hành chính công (PVHCC)` is the centre)."""
    words = _WORD.findall(name)
    return any(words[n][:1].islower() and _initials(" ".join(words[n:])) == short for n in range(1, len(words)))


def _shortens_kind(name: str, short: str) -> bool:
    """Do the initials spell the whole kind of a group of bodies (`các cơ sở giáo dục (sau đây gọi
    tắt là CSGD)`)?  Then `các CSGD` is that group again; `CSGD` alone counts or qualifies
    schools (`100% CSGD`, `một số CSGD vùng cao`), no actor."""
    first, _, kind = name.partition(" ")
    return first == "Các" and kind[:1].islower() and _initials(kind) == short


# A group's short name is the group only after `các` (_shortens_kind).
_PLURAL_USE = r"(?<=(?<![\p{L}])[Cc]ác[ ]+)"

# a name ends this far before its short name's bracket at most (agency.short_given: eight words)
_SHORT_REACH = 400


def _before_brackets(working: str) -> list[Mention]:
    """The mentions in the lines before each bracket that may give a short name: only those
    can (agency.short_given), and most plans have no such bracket, so the whole text is not
    read name by name twice."""
    brackets = [m.start() for m in _gazetteer().by_id("agency.short_bracket").finditer(working)]
    windows: list[list[int]] = []
    for at in brackets:
        lo = working.rfind("\n", 0, max(0, at - _SHORT_REACH)) + 1
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = at
        else:
            windows.append([lo, at])
    return [mention for lo, hi in windows for mention in _find_spaced(working, lo, hi)]


@functools.lru_cache(maxsize=1)
def _gazetteer_words() -> frozenset[str]:
    """Initialisms the gazetteer already reads (`UBND`, `BHXH`): never a plan's own short name."""
    return frozenset(regex.findall(r"\p{Lu}{3,}", " ".join(r.pattern.pattern for r in _gazetteer().rules)))


def _bare_initials(working: str, start: int, end: int, found: list[Mention]) -> list[Mention]:
    """`found` with the bodies written only as the initials of their whole name (agency.bare_initials:
    `TTLTQG III`, `các TTLTQG`) where the document writes out exactly one name with them; not in
    the plan's list of abbreviations, which gives no body any work (_glossary_spans)."""
    rule = _gazetteer().by_id("agency.bare_initials")
    glossary = _glossary_spans(working)
    extra: list[Mention] = []
    for m in rule.finditer(working, start, end):
        short = m.group("short")
        if short in _gazetteer_words() or any(f.start < m.end() and m.start() < f.end for f in found) \
                or _inside(m.start(), glossary):
            continue
        names = _names_with_initials(working, short)
        if len(names) != 1:
            continue
        body = next(iter(names))
        number, plural = m.group("number"), m.group("plural")
        agency = f"Các {body.agency}" if plural else f"{body.agency} {number}" if number else body.agency
        extra.append(dataclasses.replace(body, start=m.start(), end=m.end(), agency=agency, rule_id=rule.id))
    return sorted(found + extra, key=lambda x: x.start) if extra else found


# a name's numeral after its words, or a list of them (`Trung tâm Lưu trữ quốc gia III`, `… I, II
# và III`, `Đội 2`): no initial of it
_NAME_NUMBER = regex.compile(r"[ ](?:[IVX]{1,4}|\d{1,2})(?:(?:,[ ]|[ ]và[ ])(?:[IVX]{1,4}|\d{1,2}))*$")


@functools.lru_cache(maxsize=64)
def _names_with_initials(working: str, short: str) -> frozenset[Mention]:
    """The bodies the document names in words whose initials are `short`, head included, each
    once by its name without a numeral or `Các`; only a proper name (`tổ chức tín dụng` is a kind:
    `TCTD` is none of its bodies).  Found where the folded text has words with those first
    letters: most initials in a plan are no body's, and the text is not read name by name for them."""
    words = r"\s+".join(rf"{regex.escape(c)}[\p{{L}}\p{{M}}]*" for c in short)
    bodies: dict[str, Mention] = {}
    for m in regex.finditer(rf"(?<![\p{{L}}\d]){words}(?![\p{{L}}\p{{M}}])", _folded(working)):
        lo = m.start() - 4 if working[max(0, m.start() - 4):m.start()].lower() == "các " else m.start()
        for mention in _find(working, lo, min(len(working), m.end() + 8)):
            if mention.start > m.start() or mention.end < m.end():
                continue
            name = _NAME_NUMBER.sub("", mention.agency.removeprefix("Các "))
            if name[:1].isupper() and _initials(name) == short:
                bodies.setdefault(name, dataclasses.replace(mention, agency=name))
    return frozenset(bodies.values())


@functools.lru_cache(maxsize=2)
def _folded(working: str) -> str:
    """The text in capitals without tone marks, one character for one (`Lưu trữ` → `LUU TRU`):
    where words start with the letters of a plan's initials."""
    return working.translate(_FOLD)


_FOLD = {c: unicodedata.normalize("NFD", chr(c))[0].upper() for c in range(0x80, 0x2000)
         if chr(c).isalpha() and len(unicodedata.normalize("NFD", chr(c))[0].upper()) == 1}
_FOLD.update({c: chr(c).upper() for c in range(ord("a"), ord("z") + 1)})


def _short_names_used(working: str, start: int, end: int, found: list[Mention]) -> list[Mention]:
    """`found` with the names run on to their bracket and the bare uses of a defined short
    name read as its body.  A use wins over a generic unit name read from the same word
    (`Đội TTĐT cưỡng chế`: the generic rule does not know where a short name ends), and over
    any name read from its words or fewer (`Ban QLDA tỉnh`, `NHNN` of `NHNN KV15`: the plan says
    which body it is)."""
    shorts, pattern, longer, defined = _short_names(working)
    if longer:
        kept: list[Mention] = []
        for f in (longer.get(f.start, f) for f in found):
            if not kept or f.start >= kept[-1].end:
                kept.append(f)
        found = kept
    # the short name in its own bracket only names the body before it (`Cục Nhà giáo và Cán bộ
    # quản lý giáo dục (sau đây viết tắt là Cục NGCBQLGD)`): no second mention of it
    found = [f for f in found if f.start not in defined]
    glossary = _glossary_spans(working)
    if glossary:
        found = [f for f in found if not _inside(f.start, glossary)]
    if pattern is None:
        return found
    generic = _generic_ids()
    extra: list[Mention] = []
    for m in pattern.finditer(working, start, end):
        if m.start() in defined:
            continue
        if _inside(m.start(), glossary):
            continue
        over = [f for f in found if f.start < m.end() and m.start() < f.end]
        body = shorts.get(_as_given(m.group(), shorts))
        if body and any(f.start == m.start() and f.end > m.end() and f.agency == body.agency for f in over):
            continue  # the name in full, whose first words the short name is
        if body and len(over) == 1 and over[0].end == m.end() and over[0].start < m.start() \
                and working[over[0].start:m.start()].rstrip() == body.agency.split(" ")[0]:
            # its head word written before it (`Phòng QLVT, PT&NL` for `Phòng Quản lý vận tải, …`)
            found = [f for f in found if f not in over]
            extra.append(dataclasses.replace(_short_use(working, start, m, shorts), start=over[0].start))
            continue
        if all(f.start == m.start() and (f.rule_id in generic or f.end <= m.end()) for f in over):
            found = [f for f in found if f not in over]
            extra.append(_short_use(working, start, m, shorts))
    return sorted(found + extra, key=lambda x: x.start) if extra else found


def _short_use(working: str, start: int, m: regex.Match, shorts: dict[str, Mention]) -> Mention:
    """A short name's use as its body; one of a kind's numbered bodies (`VKSKV 2` → `Viện kiểm
    sát nhân dân khu vực 2`), or all of them after `các` (`các VKSKV`), `các` in the span."""
    written = _as_given(m.group(), shorts)
    short, _, number = written.partition(" ") if written not in shorts else (written, "", "")
    mention = dataclasses.replace(shorts[short], start=m.start(), end=m.end())
    if number:
        return dataclasses.replace(mention, agency=f"{mention.agency} {number.strip()}")
    if _shortens_kind(mention.agency, short):  # `các CSGD`: the group, named as in full
        plural = _PLURAL_BEFORE.search(working, max(start, m.start() - _PLURAL_REACH), m.start())
        return dataclasses.replace(mention, start=plural.start(1)) if plural else mention
    if short.isalpha() and mention.rule_id in ("agency.glossary_entry", "agency.glossary_kind") \
            and (plural := _PLURAL_BEFORE.search(working, max(start, m.start() - _PLURAL_REACH), m.start())):
        return dataclasses.replace(mention, start=plural.start(1), agency=f"Các {mention.agency}")
    return mention


# Two spaces between words inside a line: a justified line of `pdftotext -layout` (`Trung  tâm
# Y  tế huyện`, `Ban Chỉ  huy`).  Three or more are a gap between the columns of a
# space-aligned table or a blanked ` | ` of the working copy, and still end a name.
_JUSTIFIED_GAP = regex.compile(r"(?<=[^ \t\n])  (?=[^ \t\n])")
# The three spaces the working copy leaves before a syllable it joined from a line-end hyphen
# (`Môi trư-` / `ờng` → `Môi   trường`, normalise/textmap.py), or the two between a pair of words
# a line-end hyphen parted (`trật tự đô-` / `thị` → `trật tự đô  thị`): a gap inside a name, not
# between columns; a line that has one is read squeezed like a justified line.
_JOINED_GAP = regex.compile(r"(?<=\p{L}) {2,3}(?=\p{Ll})")
# A page's running footer that the working copy blanked inside the sentence it cut (`phối hợp với
# Đài` / `KH … - Đài KTTV KV TTB   Trang 3/5` / `KTTV tỉnh và …`) leaves a long gap between two words
# of a name: when it is the only wide gap of its line (not a space-aligned table's columns), the line
# is read squeezed as well.
_PAGE_GAP = regex.compile(r"(?<=\p{L}) {40,}(?=\p{L})")
_WIDE_GAP = regex.compile(r"(?<=[^ \t\n]) {3,}(?=[^ \t\n])")
_SQUEEZED_GAP = regex.compile(f"{_JUSTIFIED_GAP.pattern}|{_JOINED_GAP.pattern}|{_PAGE_GAP.pattern}")


def single_spaced(text: str) -> str:
    """`text` with a justified line's double spaces read as one (for the role cues, which,
    like the gazetteer, are written with one space: `chủ  trì`, `phối  hợp với`)."""
    return _JUSTIFIED_GAP.sub(" ", text) if "  " in text else text


def _find_spaced(working: str, start: int, end: int) -> list[Mention]:
    """_find, with the justified lines of working[start:end] read with single spaces.

    The working copy keeps the length of the text, so a justified line keeps its runs of
    spaces, and the gazetteer writes names with one space.  A line with two or more such
    gaps (`pdftotext -layout`; a typed line has one stray double space at most) is read
    again squeezed, all of them in one small text, and its mentions replace the line's
    own, mapped back to the working copy (their `text` shows the spaces as written).  So is
    a line with a syllable joined from a line-end hyphen (_JOINED_GAP: `Môi   trường`), or with
    a double space typed after a unit's head word (agency.head_gap: `Phòng  Công tác …`), or with a
    blanked page footer inside a name (_PAGE_GAP: `Phòng Quản` / footer / `lý mạng lưới`)."""
    found = _find(working, start, end)
    head_gap = _gazetteer().by_id("agency.head_gap")
    lines: list[tuple[int, int]] = []
    for gap in _SQUEEZED_GAP.finditer(working, start, end):
        lo = working.rfind("\n", 0, gap.start()) + 1
        if lines and lines[-1][0] == lo:
            continue
        hi = working.find("\n", gap.end())
        hi = len(working) if hi < 0 else hi
        if len(_JUSTIFIED_GAP.findall(working, lo, hi)) >= 2 or _JOINED_GAP.search(working, lo, hi) \
                or head_gap.search(working, lo, hi) \
                or _PAGE_GAP.search(working, lo, hi) and len(_WIDE_GAP.findall(working, lo, hi)) == 1:
            lines.append((lo, hi))
    if not lines:
        return found
    pieces: list[str] = []
    marks: list[tuple[int, int]] = []  # (offset in the squeezed text, offset in working) from which they run together
    size = 0
    for lo, hi in lines:
        last = lo
        marks.append((size, lo))
        for gap in _SQUEEZED_GAP.finditer(working, lo, hi):
            piece = working[last:gap.start() + 1]
            pieces.append(piece)
            size += len(piece)
            last = gap.end()
            marks.append((size, last))
        piece = working[last:hi] + "\n"
        pieces.append(piece)
        size += len(piece)
    squeezed = "".join(pieces)
    keys = [m[0] for m in marks]

    def back(offset: int) -> int:
        i = bisect.bisect_right(keys, offset) - 1
        return marks[i][1] + offset - marks[i][0]

    kept = [m for m in found if not any(lo <= m.start < hi for lo, hi in lines)]
    again = [dataclasses.replace(m, start=back(m.start), end=back(m.end - 1) + 1)
             for m in _find(squeezed, 0, len(squeezed), parts=False)]
    again = [m for m in again if start <= m.start and m.end <= end]
    # a part on a squeezed line takes the full name written on another line (`(qua Ban Phong trào)`)
    return _parts_named_before(sorted(kept + again, key=lambda m: m.start), frozenset(map(id, kept)), working)


def _elided(rule, mention: Mention, working: str, end: int) -> list[Mention]:
    """The named units listed right after a body that is written once for all of them
    (`UBND xã Hang Kia, xã Pà Cò` → `Ủy ban nhân dân xã Pà Cò`): read only where such a
    body ends, not by a pass of its own."""
    out: list[Mention] = []
    pos = mention.end
    while (m := rule.match(working, pos, end)) is not None:
        out.append(Mention(m.start("name"), m.end(), canonical(rule.get("name_prefix") + m.group("name")),
                           mention.agency_type, mention.tier, rule.id))
        pos = m.end()
    return out


_TRAILING_NUMBER = regex.compile(r"(?:số )?\d{1,2}$")


def _numbered_siblings(mention: Mention, working: str, end: int) -> list[Mention]:
    """The other numbers listed after a numbered unit (`Phòng Giao dịch số 1, số 2, số 3`), each
    the unit of that kind and number: read only where such a mention ends, not by a pass of its own.
    A residential group's word said again continues only a list of that group's heads (`Trưởng TDP
    số 3 và TDP số 5`) or quarter boards (`BĐH KP 4, KP 5`); after another unit it starts a new
    body (`Đội Cảnh sát PCCC và CNCH khu vực 9; TDP số 12, 14`: the groups, not the team's areas
    12 and 14)."""
    number = _TRAILING_NUMBER.search(mention.agency)
    if number is None:
        return []
    kind = mention.agency[:number.start()].rstrip()
    rule = _gazetteer().by_id("agency.numbered_elided")
    out: list[Mention] = []
    pos = mention.end
    while (m := rule.match(working, pos, end)) is not None:
        written = m.group("name")
        said_kind = m.group("kind") and " ".join(m.group("kind").split())
        if said_kind and rule.get("kind_words", {}).get(said_kind, canonical(said_kind)).lower() not in kind.lower():
            break
        # (`Thuế cơ sở 1, 2` → `Thuế cơ sở 2`; `Phòng Giao dịch số 1, 3` → `Phòng Giao dịch số 3`)
        said = "số " if number.group().startswith("số") and not written.startswith("số") else ""
        # the group's word said again is part of the mention (`… và TDP số 5`), not of the name
        begin = m.start("kind") if m.group("kind") else m.start("name")
        out.append(dataclasses.replace(mention, start=begin, end=m.end("name"),
                                       agency=f"{kind} {said}{written}", rule_id=rule.id))
        pos = m.end("name")
    return out


def _plural_numbered(mention: Mention, working: str, end: int) -> Mention | None:
    """A numbered unit that opens an item after a capital `Các` with the other numbers listed bare
    (`- Các Đội CSGT đường bộ số 1, 2, 3 tổ chức tuần tra`, `3. Các Phòng QLDA 1, 2, 3:`): one actor
    named with all its numbers and without `Các` (agency.plural_numbered), as the plural of area
    commands and regional courts is; a list inside a sentence stays one unit per number."""
    rule = _gazetteer().by_id("agency.plural_numbered")
    if not regex.search(rule.get("before"), working[max(0, mention.start - 40):mention.start]):
        return None
    m = rule.match(working, mention.end, end)
    if m is None:
        return None
    numbers = " ".join(m.group().split())
    joined = numbers if numbers.startswith(",") else " " + numbers
    return dataclasses.replace(mention, end=m.end(), agency=mention.agency + joined, rule_id=rule.id)


def _find(working: str, start: int, end: int, parts: bool = True) -> list[Mention]:
    """Every mention in working[start:end], none overlapping; with `parts` False a bare part is
    kept for the caller to name (_parts_named_before), who sees the whole text around it."""
    found: list[Mention] = []
    gazetteer = _gazetteer()
    for rule in gazetteer.rules:
        for m in rule.finditer(working, start, end):
            mention = _kind_mention(rule, m, working, end)
            if mention:
                found.append(mention)
                if rule.get("elided"):
                    found.extend(_elided(gazetteer.by_id(rule.get("elided")), mention, working, end))
                elif mention.agency[-1:].isdigit():
                    if (listed := _plural_numbered(mention, working, end)) is not None:
                        found[-1] = listed
                    else:
                        found.extend(_numbered_siblings(mention, working, end))
    for rule in gazetteer.group("collectives"):
        for m in rule.finditer(working, start, end):
            found.append(_collective_mention(rule, m, working, end))
    found.extend(_sector_list(working, start, end))
    found.extend(_unit_list(working, start, end))
    found = _specific_first(working, found)
    found.extend(_board_parts(working, start, end, found))
    found.sort(key=lambda x: (x.start, -(x.end - x.start), x.rule_id))
    kept: list[Mention] = []
    for mention in found:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return _parts_named_before(kept, working=working) if parts else kept


def jurisdiction(tier: str, issuer, written: str = "") -> str | None:
    """Whose agency: a ministry has none; a Sở named in a district plan is the province's, and
    so is a body written with the province's level there (`UBND tỉnh`, `Công an tỉnh`)."""
    if tier == "national":
        return None
    below = issuer.level in ("huyen", "xa")
    if tier == "province" and issuer.level != "tinh" or below and \
            _gazetteer().by_id("agency.province_level").search(written):
        return province_area(issuer.province) if issuer.province else None
    return issuer.area
