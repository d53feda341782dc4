"""The documents row: header, date line, title, signature, Nơi nhận, period.

Headers come in many layouts (two columns flattened into one line, one line per
cell, pipe tables, columns apart by tabs or runs of spaces as copied out of Word,
PDF text); all are read from the working copy, where pipes and markdown are blanked
and wrapped lines joined.  Where a line has columns, the issuer is read in the left
one, and of side-by-side signatures (a joint plan's) the left one is the signer.  A
plan without a header (pasted from a web page) still names its issuer in the
opening paragraph ("Ủy ban nhân dân tỉnh ban hành Kế hoạch … tỉnh Gia Lai").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from dataclasses import dataclass

import regex

from pipeline import rules, schema
from pipeline.context import Issuer
from pipeline.ingest.text import Source
from pipeline.normalise import agency_names, canonical, textmap
from pipeline.normalise.textmap import WorkingText

LEVELS = {"tỉnh": "tinh", "thành phố": "tinh", "huyện": "huyen", "quận": "huyen", "thị xã": "huyen",
          "xã": "xa", "phường": "xa", "thị trấn": "xa", "đặc khu": "xa"}  # a special zone: commune-level since 2025
BODIES = {"ủy ban nhân dân": "Ủy ban nhân dân", "uỷ ban nhân dân": "Ủy ban nhân dân", "ubnd": "Ủy ban nhân dân",
          "hội đồng nhân dân": "Hội đồng nhân dân", "hđnd": "Hội đồng nhân dân",
          "đoàn đbqh và hđnd": "Đoàn đại biểu Quốc hội và Hội đồng nhân dân",
          "đoàn đbqh và hội đồng nhân dân": "Đoàn đại biểu Quốc hội và Hội đồng nhân dân",
          "đoàn đại biểu quốc hội và hđnd": "Đoàn đại biểu Quốc hội và Hội đồng nhân dân",
          "đoàn đại biểu quốc hội và hội đồng nhân dân": "Đoàn đại biểu Quốc hội và Hội đồng nhân dân",
          "đoàn đbqh": "Đoàn đại biểu Quốc hội", "đoàn đại biểu quốc hội": "Đoàn đại biểu Quốc hội"}
# bodies elected for an area whose own units are named after them, not after the area
# (`Thường trực Hội đồng nhân dân huyện …`, `Văn phòng Đoàn đại biểu Quốc hội tỉnh …`)
ELECTED = ("Hội đồng nhân dân", "Đoàn đại biểu Quốc hội")


# party committees: the word before "ủy" → (body, level word of its area)
PARTY_BODIES = {"tỉnh": ("Tỉnh ủy", "tỉnh"), "thành": ("Thành ủy", "thành phố"), "huyện": ("Huyện ủy", "huyện"),
                "quận": ("Quận ủy", "quận"), "thị": ("Thị ủy", "thị xã"), "đảng": ("Đảng ủy", "xã")}


def _body(written: str) -> str:
    return BODIES.get(" ".join(written.lower().split()), written)


# what closes a Nơi nhận item and is no part of it: `;`, `,`, `.`, and the backslash of a Markdown
# hard line break a Word file converted by pandoc leaves at each line's end (`- Tổ trưởng 58 TDP;\`)
_HARD_BREAK = " \t\\"
_ITEM_END = " ;.,\\"
# a Nơi nhận line opened by its dash, bullet or number (`*` in Markdown from Word or an AI tool)
_RECIPIENT_LINE = regex.compile(r"^(?:[-+•–]|\*(?!\*)|\d{1,2}[.)])\s*(?P<who>.+)$")
# the signer's name is at most this many written (not blank) lines below the title
SIGNATURE_REACH = 12
# the header is at most this far into the text; beyond it a "Số:" is not the plan's own
HEADER_REACH = 3000


@dataclass(frozen=True)
class Layout:
    type_match: regex.Match | None  # the document's own type line (KẾ HOẠCH, QUYẾT ĐỊNH …)
    title_start: int  # after that line: the subject line starts here
    plan_start: int  # where the plan's own text starts (after the plan's KẾ HOẠCH line)
    body_end: int
    decision_closing: tuple[int, int] | None = None  # a decision's Nơi nhận and signature, before its plan
    appendix_start: int | None = None  # a `PHỤ LỤC` after the signature: read like the body


@dataclass(frozen=True)
class Header:
    row: schema.Document
    issuer: Issuer
    title_end: int = 0  # where the subject line ends (0: none)


def _rule(rule_id: str):
    return rules.load("metadata").by_id(rule_id)


def _type(m: regex.Match) -> str | None:
    """KE_HOACH, QUYET_DINH … of a type line found by `meta.doc_type`."""
    return _rule("meta.doc_type").get("types").get(" ".join(m.group("type").split()))


def find_layout(work: WorkingText) -> Layout:
    """Where the title, the plan's text and its body's end are.

    A decision that issues a plan (`QUYẾT ĐỊNH … Ban hành Kế hoạch`, `… Chương trình
    hành động`, `… Quy chế`; the text it issues below a type line of its own, `KẾ
    HOẠCH (Kèm theo Quyết định …)`, `CHƯƠNG TRÌNH HÀNH ĐỘNG (Ban hành kèm theo …)`) is
    the decision's document, but its sections are the issued text's: that text starts
    at its own type line (or, without one, after its `(Kèm theo Quyết định …)` line),
    and its body ends at its own signature.
    """
    text = work.text
    doc_type = _rule("meta.doc_type")
    type_match = doc_type.search(text, 0, min(len(text), HEADER_REACH))
    title_start = type_match.end() if type_match else 0
    plan_start, decision_closing = title_start, None
    if type_match and _type(type_match) == "QUYET_DINH":
        issued = doc_type.get("issued_by_decision")
        closing = _rule("meta.body_end").search(text, title_start)
        plan = next((m for m in doc_type.finditer(text, title_start) if _type(m) in issued), None)
        if not plan and closing:
            plan = _rule("meta.issued_with").search(text, closing.end())
        if plan:
            plan_start = plan.end()
            if closing and closing.start() < plan.start():
                decision_closing = (closing.start(), plan.start())
    end_match = _rule("meta.body_end").search(text, plan_start)
    body_end = _signature_head(text, end_match.start()) if end_match else len(text)
    appendix = _rule("meta.appendix_head").search(text, body_end) if end_match else None
    return Layout(type_match, title_start, plan_start, body_end, decision_closing,
                  appendix.start() if appendix else None)


def _signature_head(text: str, at: int) -> int:
    """Where the closing that starts at `at` really starts: a joint plan's signatures
    open with the bodies' names in capitals (`SỞ Y TẾ      BẢO HIỂM XÃ HỘI TỈNH LONG AN`)
    right above `KT. GIÁM ĐỐC`; such a line (not a heading) is the closing's too."""
    if at < 2 or text[at - 1] != "\n":
        return at
    start = text.rfind("\n", 0, at - 1) + 1
    line = text[start:at - 1]
    capitals = any(c.isalpha() for c in line) and not any(c.islower() for c in line)
    if capitals and not rules.load("headings").any_of("rules").match(line)[1]:
        return start
    return at


def _title(work: WorkingText, layout: Layout, body_start: int) -> tuple[str | None, int]:
    """The subject line(s) under KẾ HOẠCH, joined; and where the title ends."""
    if not layout.type_match:
        return None, 0
    opening, translation = _rule("meta.opening"), _rule("meta.title_translation")
    lines, end, gap = [], layout.title_start, False
    for line in work.lines:
        if line.start < layout.title_start or line.start >= max(body_start, layout.plan_start):
            continue
        shown = work.text[line.start:line.end].strip()
        if not shown:
            gap = bool(lines)
            continue
        # (a blank line ends the subject, unless the line after it goes on in lower case: an
        # export that parts every line by a blank one, `… đẩy nhanh tiến độ thực hiện và giải
        # ngân` / `` / `kế hoạch vốn đầu tư công năm 2026 …`)
        if gap and not shown[0].islower():
            break
        gap = False
        if lines and opening.match(shown) and not shown.isupper():
            break
        lines.append(work.trimmed(line.start, line.end))
        end = line.end
    title = " ".join(lines)
    # (a plan numbered apart from the decision it comes with keeps that decision's note
    # under its subject: `… thi hành Luật` / `(Ban hành kèm theo Quyết định số 2590/QĐ-BGDĐT
    # …)`; the note is no part of the subject)
    note = _rule("meta.issued_with").search(title)
    if note and note.start() > 0:
        title = title[:note.start()].rstrip()
    english = translation.search(title.rstrip())
    if english and any(not c.isascii() for c in title[:english.start()]):
        title = title[:english.start()].rstrip()  # an English name closing the subject (rule's note)
    title = title.rstrip(".").strip()
    return title or None, end


@dataclass(frozen=True)
class _Issuer:
    name: str | None = None  # Ủy ban nhân dân tỉnh Gia Lai, Huyện ủy Krông Pắc, Bộ Y tế
    level: str | None = None  # tinh / huyen / xa
    area: str | None = None  # tỉnh Gia Lai, Quận 8: the jurisdiction of the plan's agencies
    area_name: str | None = None  # Gia Lai, Quận 8 (for the place line)
    province: str | None = None


def _area(level_word: str, name: str) -> tuple[str, str]:
    """(`tỉnh Gia Lai`, `Gia Lai`); a numbered area is a name of its own (`Quận 8`)."""
    name = canonical.province(name) or canonical.title_case(name)
    if name.split()[0].isdigit():
        name = f"{level_word.capitalize()} {name}"
        return name, name
    return f"{level_word} {name}", name


def _province_named(text: str) -> str | None:
    """The province a district or commune plan names (`tỉnh Đắk Lắk`), most often named first;
    failing that, the province of a department it cites (`Sở Giáo dục và Đào tạo Bắc Ninh`)."""
    counts: dict[str, int] = {}
    for rule_id in ("meta.province_named", "meta.province_department_named"):
        for m in _rule(rule_id).finditer(text):
            name = canonical.province(m.group("name"))
            if name:
                counts[name] = counts.get(name, 0) + 1
        if counts:
            break
    return max(counts, key=lambda k: (counts[k], -list(counts).index(k))) if counts else _city_of_district(text)


def _city_of_district(text: str) -> str | None:
    """The centrally-run city of the first urban district (`quận`) the text names, for a
    ward's plan that never names its city (`QUẬN BÌNH TÂN` → Hồ Chí Minh)."""
    rule, cities = _rule("meta.province_urban_district"), _district_cities()
    for m in rule.finditer(text):
        words = m.group("name").split()
        if words[0].isdigit():
            return rule.get("numbered")
        for n in range(len(words), 0, -1):
            city = cities.get(" ".join(words[:n]).lower())
            if city:
                return city
    return None


@functools.cache
def _district_cities() -> dict[str, str]:
    """An urban district's name, folded → its city (meta.province_urban_district)."""
    districts = _rule("meta.province_urban_district").get("districts")
    return {name.lower(): city for city, names in districts.items() for name in names}


def _level_word(written: str) -> str:
    """`TỈNH`, `tinh` (a tone mark lost) → `tỉnh`."""
    word = written.lower()
    return "tỉnh" if word == "tinh" else word


def _committee(body: str, level_word: str, name: str | None, text: str) -> _Issuer:
    """A people's committee or council of an area; a district or commune one takes the
    province its plan names.  A city that is no centrally-run one (`UBND THÀNH PHỐ VINH`) is a
    province's city, of a district's tier."""
    level = LEVELS[level_word]
    if name is None:
        return _Issuer(f"{body} {level_word}", level)
    area, area_name = _area(level_word, name)
    if level_word == "thành phố" and not canonical.province(name):
        level = "huyen"
    province = area_name if level == "tinh" else _province_named(text)
    return _Issuer(f"{body} {area}", level, area, area_name, province)


# a Vietnamese syllable has a vowel: a capitalised word without one is an abbreviation (MTTQ, LHPN)
_VOWEL = regex.compile(r"[aeiouy]", regex.I)
_LEVEL_AT_END = regex.compile(r"\s+(?:" + "|".join(LEVELS) + ")$")
_NUMBERED = regex.compile(r"(?<=\s)Số(?=\s+\d)")


def _unit_name(head: str, written: str, rule_id: str = "meta.issuer_unit", text: str = "") -> str:
    """`SỞ` + `TÀI NGUYÊN VÀ MÔI TRƯỜNG` → `Sở Tài nguyên và Môi trường`: each part of the
    name (between `,`, `-`, `và`) capitalised on its first word, then the agency
    gazetteer's spelling where it knows the name (`Sở Công Thương`).  A trailing level
    word (`BAN DÂN TỘC TỈNH`) is left to the superior's area.  The head word's spelling
    is in the `heads` of the rule that found it; the gazetteer is also asked for the name
    with every word capitalised, as a place in it is written (`Bảo hiểm xã hội Việt Nam`).
    A number's `số` stays small (`TỔ DÂN PHỐ SỐ 5` → `Tổ dân phố số 5`); the works a board
    runs (`các công trình dân dụng và công nghiệp`) stay small, a region's Roman numeral big,
    a proper name its capitals (`MẶT TRẬN TỔ QUỐC VIỆT NAM` → `Mặt trận Tổ quốc Việt Nam`).
    A name whose `và` joins one field, not two, is found in the gazetteer with its first
    word alone capitalised (`HỘI ĐỒNG GIÁO DỤC QUỐC PHÒNG VÀ AN NINH` → `Hội đồng Giáo dục
    quốc phòng và an ninh`).  A name the gazetteer does not know is spelt as the plan's
    `text` writes it in ordinary case, where it does: capitals lose an abbreviation inside
    a name (`BAN QUẢN LÝ DỰ ÁN ODA NÔNG NGHIỆP VÀ MÔI TRƯỜNG` → `… dự án ODA nông nghiệp và
    môi trường`, as the opening paragraph writes it), and a field after `và` is not always
    a second one."""
    head_word = _rule(rule_id).get("heads")[head]

    def headed(words: str) -> str:
        return _NUMBERED.sub("số", _LEVEL_AT_END.sub("", " ".join(filter(None, (head_word, words)))))

    unit_rule = _rule("meta.issuer_unit")
    lowered = " ".join(written.split()).lower()
    plural = regex.search(unit_rule.get("plural"), lowered)
    own, common = (lowered[:plural.start()], lowered[plural.start():]) if plural else (lowered, "")
    parts = regex.split(f"({unit_rule.get('name_parts')})", own)
    name = headed("".join(p if i % 2 else p[:1].upper() + p[1:] for i, p in enumerate(parts)) + common)
    name = regex.sub(unit_rule.get("roman"), lambda m: m.group(0).upper(), name)
    for proper in unit_rule.get("proper_names"):
        name = regex.sub(rf"(?<!\p{{L}}){regex.escape(proper.lower())}(?!\p{{L}})", proper, name)
    placed = headed(canonical.title_case(written))
    # (an abbreviation is kept in capitals for the gazetteer: `ỦY BAN MTTQ VIỆT NAM`)
    shortened = headed(" ".join(w if w.isupper() and not _VOWEL.search(canonical.fold(w)) else canonical.title_case(w)
                                for w in written.split()))
    one_field = headed(lowered[:1].upper() + lowered[1:])
    # (the name as the plan writes it in ordinary case first: `HỘI ĐỒNG NGHĨA VỤ QUÂN SỰ` is the
    # `Hội đồng nghĩa vụ quân sự` of its opening paragraph, a field in small letters)
    candidates = (_as_written(name, text), name, placed, shortened, one_field)
    if shortened != placed:  # (an abbreviation the gazetteer spells out, `VIỆN KSND` → `Viện kiểm sát nhân dân`,
        candidates = (shortened, *candidates)  # before a generic unit's title case, `Viện Ksnd`)
    for candidate in dict.fromkeys(candidates):
        known = agency_names.find_mentions(candidate, 0, len(candidate))
        if known and known[0].start == 0 and known[0].end == len(candidate):
            return _as_written(known[0].agency, text, abbreviated_only=True)
    return _as_written(name, text)


def _as_written(name: str, text: str, abbreviated_only: bool = False, raised_only: bool = False) -> str:
    """`name` as `text` first writes it with a capital and not all in capitals, else `name`;
    with `abbreviated_only` (a name the gazetteer spells) only where the text keeps an
    abbreviation in it that the name lowered (`ODA`); with `raised_only` only where the text
    capitalises a word the name lowered and lowers none (`Cảng vụ Hàng không miền Nam`)."""
    words = r"\s+".join(regex.escape(w) for w in name.split())
    for m in regex.finditer(rf"(?<!\p{{L}}){words}(?!\p{{L}})", text, regex.IGNORECASE):
        written = " ".join(m.group().split())
        if not written[:1].isupper() or written == written.upper():
            continue
        pairs = list(zip(written.split(), name.split(), strict=True))
        if abbreviated_only and not any(len(w) > 1 and w.isupper() and not n.isupper() for w, n in pairs):
            return name
        if raised_only and any(w != n and (w[:1].islower() or w[1:] != n[1:]) for w, n in pairs):
            return name
        return written
    return name


def _school_name(written: str) -> str:
    """`THPT HÙNG VƯƠNG` → `Trung học phổ thông Hùng Vương`: the school's kind as officially
    written, then its own name, every syllable capitalised (a person's or a place's).  A
    name in parts between dashes names fields (`KỸ THUẬT – CÔNG NGHỆ` → `Kỹ thuật - Công
    nghệ`): each part is capitalised on its first word, as a department's name is."""
    kinds = _rule("meta.issuer_institution").get("school_kinds")
    words, out = written.replace("&", " & ").split(), []
    while words:
        n = next((n for n in (3, 2, 1) if " ".join(words[:n]) in kinds), 0)
        if not n:
            break
        out.append(kinds[" ".join(words[:n])])
        words = words[n:]
    parts = regex.split(r"\s*[-–]\s*", " ".join(words))
    own = " - ".join(p[:1] + p[1:].lower() for p in parts) if len(parts) > 1 else canonical.title_case(" ".join(words))
    return " ".join(out + [own]).strip()


def _institution(superior: _Issuer, head: str, at: int, text: str) -> _Issuer | None:
    """An institution named right after its superior issued the plan (`BỆNH VIỆN ĐA KHOA
    TỈNH` under `SỞ Y TẾ TỈNH THÁI BÌNH`, `CÔNG AN TỈNH NINH BÌNH` under `BỘ CÔNG AN`, `TRƯỜNG
    THPT HÙNG VƯƠNG` under `SỞ GD&ĐT PHÚ THỌ`): with an area of its own it has that area's
    level (and the superior's province, if it is below one); with only a level word, the
    superior's area; with a name of its own, the superior's level, area and province.
    Under a ministry a named one's place is part of its name and it has no level."""
    rule = _rule("meta.issuer_institution")
    m = rule.match(head, at)
    if not m:
        return None
    written_head = " ".join(m.group("head").split())
    if written_head == "TRƯỜNG":
        name = f"{rule.get('heads')[written_head]} {_school_name(m.group('name'))}"
    else:
        name = _unit_name(written_head, m.group("name"), "meta.issuer_institution")
    # a regional unit (`TRUNG TÂM Y TẾ KHU VỰC ĐỊNH QUÁN`, since the 2025 reform) is named
    # by its own place, which governs no area: the superior's level and province stay
    before, regional, place = " ".join(m.group("name").split()).partition(f" {rule.get('regional')} ")
    region_line = None if regional or m.group("level") else _rule("meta.issuer_region_line").match(head, m.end())
    if region_line:  # (`TRUNG TÂM GDNN - GDTX` / `KHU VỰC HƯƠNG KHÊ`: the region on a line of its own)
        before, regional, place = m.group("name").strip(), " KHU VỰC ", region_line.group("place")
    if regional and place:
        name = f"{_unit_name(written_head, before, 'meta.issuer_institution')} {regional.strip().lower()} " \
               f"{canonical.title_case(place)}"
        if regex.fullmatch(rule.get("numbered_region"), place) and superior.province:
            name = f"{name} - {superior.province}"
    named = (written_head in rule.get("named") or regional) and m.group("name").strip()
    if m.group("area") and superior.level is None and named:
        # under a ministry, a university's or a hospital's place is part of its name
        # (`Trường Đại học Nông Lâm Thành phố Hồ Chí Minh`): it governs no area
        level_word = _level_word(m.group("level"))
        place = canonical.province(m.group("area"))
        written = place or canonical.title_case(m.group("area"))
        return _Issuer(f"{name} {level_word.capitalize()} {written}", province=place or _province_named(text))
    if m.group("area"):
        own = _committee(name, _level_word(m.group("level")), m.group("area"), text)
        below = own.level != "tinh" and superior.province
        return dataclasses.replace(own, province=superior.province) if below else own
    if m.group("level"):
        level_word = _level_word(m.group("level"))
        if superior.area and LEVELS[level_word] == superior.level:
            return dataclasses.replace(superior, name=f"{name} {superior.area}")
        return None
    if named:
        # a university serves no area, whoever runs it (`UBND TỈNH THANH HOÁ` / `TRƯỜNG ĐẠI
        # HỌC HỒNG ĐỨC`): no level, though its province stays the superior's
        levelless = m.group("name").split()[:2] == rule.get("no_level").split()
        name = _wrapped_name_end(name, head, m.end(), text) or name
        return dataclasses.replace(superior, name=name, level=None if levelless else superior.level)
    return _named_by_place(superior, written_head, m.group("name"), text)


def _press(superior: _Issuer, head: str, at: int) -> _Issuer | None:
    """A newspaper or a broadcaster named right after its superior with its province (`TỈNH ỦY
    QUẢNG TRỊ` / `BÁO VÀ PHÁT THANH, TRUYỀN HÌNH` / `QUẢNG TRỊ`, rules/metadata.yaml
    meta.issuer_press): the province is part of its name, `Báo và Phát thanh, Truyền hình Quảng
    Trị`; it keeps the superior's level, as a Sở does, and that province."""
    rule = _rule("meta.issuer_press")
    m = rule.match(head, at)
    province = m and canonical.province(m.group("area"))
    if not province:
        return None
    key = " ".join(regex.sub(r"[,\-–]", " ", m.group("head")).split())
    name = f"{rule.get('heads')[key]} {province}"
    return dataclasses.replace(superior, name=name, province=superior.province or province)


def _named_by_place(superior: _Issuer, head: str, name: str, text: str) -> _Issuer | None:
    """A centre named by the place its date line writes, with no level word (`SỞ Y TẾ NGHỆ
    AN` / `TRUNG TÂM Y TẾ YÊN THÀNH`, `Yên Thành, ngày …`; since the 2025 reform a district's
    centre is named so): the place is part of its name, `Trung tâm Y tế Yên Thành`, and it keeps
    the superior's level and province, as a regional unit does (`… khu vực Định Quán`)."""
    date_line = _rule("meta.date_line").search(text, 0, min(len(text), HEADER_REACH))
    if not date_line:
        return None
    place = " ".join(date_line.group("place").split())
    words, place_words = name.split(), place.upper().split()
    if not place_words or len(words) <= len(place_words) or words[-len(place_words):] != place_words:
        return None
    unit = _unit_name(head, " ".join(words[:-len(place_words)]), "meta.issuer_institution")
    return dataclasses.replace(superior, name=f"{unit} {place}")


def _wrapped_name_end(name: str, head: str, end: int, text: str) -> str | None:
    """A named institution's name whose end the header's column wrapped onto the next line
    (`TRƯỜNG CAO ĐẲNG CÔNG NGHỆ` / `PHÚ THỌ`, `TRƯỜNG CAO ĐẲNG KỸ THUẬT` / `CÔNG NGHIỆP QUẢNG
    NGÃI`): the whole name as the plan's text writes it in ordinary case (`Trường Cao đẳng Công
    nghệ Phú Thọ xây dựng Kế hoạch …`).  Only where the text writes it so: a line of capitals
    under the name may be a body of its own (`TRƯỜNG ĐẠI HỌC VINH` / `HỘI ĐỒNG TUYỂN SINH`)."""
    line = regex.match(r"[ \t]*\n[ \t]*(\p{Lu}[\p{Lu}\p{M}]*(?:[ \t]\p{Lu}[\p{Lu}\p{M}]*){0,5})[ \t]*(?:\n|$)",
                       head[end:])
    if not line:
        return None
    whole = f"{name} {canonical.title_case(line.group(1))}"
    written = _as_written(whole, text)
    return written if written != whole or regex.search(regex.escape(whole), text) else None


def _under(superior: _Issuer, suffix: str | None, head: str, at: int, text: str) -> _Issuer:
    """The body named right after the superior in the header (`SỞ …` under `UBND TỈNH …`)
    issued the plan: an institution (see _institution), or a unit named with the
    superior's area or name (`Sở Tài nguyên và Môi trường tỉnh Quảng Trị`, `Ban Tuyên giáo
    Huyện ủy Krông Pắc`) whose level, area and province stay the superior's; a unit of
    that unit named under it (a Sở's `CHI CỤC KIỂM LÂM`) is the lowest body and issues
    in its place (so does a Sở's `BAN QUẢN LÝ …`).  A `CHI CỤC` is named with the area, not with its Sở, also under a Sở
    named with its province (`SỞ CÔNG THƯƠNG TỈNH TÂY NINH` / `CHI CỤC QUẢN LÝ THỊ
    TRƯỜNG` → `Chi cục Quản lý thị trường tỉnh Tây Ninh`).  Without one, the superior itself.
    A header flattened line by line may put the national name between the two (`UBND TỈNH
    KHÁNH HÒA` / `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` / `SỞ NỘI VỤ`): it is passed over."""
    national = _rule("meta.header_national_name").match(head, at)
    if national:
        at = national.end()
    institution = _institution(superior, head, at, text) or _press(superior, head, at)
    if institution:
        return institution
    rule = _rule("meta.issuer_unit")
    m = rule.match(head, at)
    if not m:
        return superior
    sub = rule.match(head, m.end())
    if sub and sub.group("head") in rule.get("sub_heads"):
        m = sub
    if m.group("head") in rule.get("area_heads") and superior.area:
        suffix = superior.area
    if not m.group("name") and superior.name:
        # (a unit without a name of its own is the superior's: `UBND TỈNH TÂY NINH` / `VĂN PHÒNG` →
        # `Văn phòng Ủy ban nhân dân tỉnh Tây Ninh`, as a council's `THƯỜNG TRỰC` is its own)
        suffix = superior.name
    if superior.level is None and (provincial := _provincial_unit(m, head, text)):
        return provincial
    unit = _unit_name(m.group("head"), m.group("name"), text=text)
    place = m.group("own_place")
    if place and _wrapped_name(m.group("name"), place, text):
        # the line is the name's wrapped end (`TRUNG TÂM PHỤC VỤ` / `HÀNH CHÍNH CÔNG`), no place
        unit = _unit_name(m.group("head"), f"{m.group('name')} {place}", text=text)
    elif place and not canonical.province(place):
        # a unit named by its own place (`BAN QUẢN LÝ VƯỜN QUỐC GIA` / `CÚC PHƯƠNG`) takes no other
        return dataclasses.replace(superior, name=f"{unit} {canonical.title_case(place)}")
    return dataclasses.replace(superior, name=_joined(unit, suffix) if suffix else unit)


def _joined(unit: str, suffix: str) -> str:
    """A unit's name with its superior's after it, the words they share said once: a board
    written with its committee's word under the party organisation (`ĐẢNG BỘ TỈNH HÀ TĨNH` /
    `BAN TUYÊN GIÁO TỈNH UỶ`) is `Ban Tuyên giáo Tỉnh ủy Hà Tĩnh`, not `… Tỉnh ủy Tỉnh ủy Hà Tĩnh`."""
    words, after = unit.split(), suffix.split()
    for n in range(min(len(words), len(after)), 0, -1):
        if [w.lower() for w in words[-n:]] == [w.lower() for w in after[:n]]:
            return " ".join(words[:-n] + after)  # (spelt as the superior's name spells them)
    return f"{unit} {suffix}"


def _provincial_unit(m: regex.Match, head: str, text: str) -> _Issuer | None:
    """A ministry's unit named with a province at its line's end or on the line under it
    (`BỘ TƯ PHÁP` / `CỤC THI HÀNH ÁN DÂN SỰ` / `TỈNH NGHỆ AN`) is that province's unit, of
    its level (meta.issuer_unit_province); None when no province follows."""
    below = head.find("\n", m.end())
    stop = head.find("\n", below + 1) if below >= 0 else -1
    found = _rule("meta.issuer_unit_province").search(head, m.start("name"), stop if stop >= 0 else len(head))
    if not found or not canonical.province(found.group("area")):
        return None
    unit = _unit_name(m.group("head"), head[m.start("name"):found.start()], text=text)
    return _committee(unit, _level_word(found.group("level")), found.group("area"), text)


def _sector_union(federation: _Issuer, head: str, at: int, text: str) -> _Issuer:
    """A sector's union named under the labour federation (`CÔNG ĐOÀN GIÁO DỤC TỈNH`) issues
    the plan with the federation's area, level and province; without one, the federation."""
    national = _rule("meta.header_national_name").match(head, at)
    m = _rule("meta.issuer_sector_union").match(head, national.end() if national else at)
    if not m:
        return federation
    unit = _unit_name(" ".join(m.group("head").split()), m.group("name"), "meta.issuer_sector_union", text)
    return dataclasses.replace(federation, name=f"{unit} {federation.area}" if federation.area else unit)


def _wrapped_name(name: str, place: str, text: str) -> bool:
    """Is the short line under a unit's name (`own_place`) the name's own end, wrapped in
    the header's column (`TRUNG TÂM PHỤC VỤ` / `HÀNH CHÍNH CÔNG`), not a place of its own
    (`BAN QUẢN LÝ VƯỜN QUỐC GIA` / `CÚC PHƯƠNG`)?  Where the plan writes the whole name in
    ordinary case, a place keeps its capitals and the words of a name are small
    (`Trung tâm Phục vụ hành chính công tỉnh Đồng Nai`)."""
    words = [regex.escape(w) for w in f"{name} {place}".split()]
    pattern = r"(?<!\p{L})" + r"\s+".join(words) + r"(?!\p{L})"
    at = len(name.split())
    for m in regex.finditer(pattern, text, regex.IGNORECASE):
        written = m.group().split()
        if written != [w.upper() for w in written]:
            return written[at][:1].islower()
    return False


def _party_area(m: regex.Match) -> str | None:
    """The area's name of a party committee in the header: its own (`TỈNH ỦY GIA LAI`),
    or that of the party organisation above it when the levels agree (`ĐẢNG BỘ TỈNH
    BÌNH ĐỊNH` / `TỈNH ỦY`)."""
    if m.group("name"):
        return m.group("name")
    if m.group("above") and PARTY_BODIES[_party_word(m)][1] == m.group("above_level").lower():
        return m.group("above")
    return None


def _party_word(m: regex.Match) -> str:
    """The committee's word (a key of PARTY_BODIES): written (`TỈNH ỦY`), or, for a board
    right under the party organisation (`ĐẢNG BỘ TỈNH …` / `BAN …`), that organisation's."""
    if m.group("level"):
        return m.group("level").lower()
    above = m.group("above_level").lower()
    return next((w for w, (_, lvl) in PARTY_BODIES.items() if lvl == above), "đảng")


def _cells(line: str) -> list[tuple[int, int]]:
    """(start, end) of the columns of one line, split at its column gaps; a line
    without one is one cell."""
    cells, start = [], 0
    for gap in _rule("meta.column_gap").finditer(line):
        cells.append((start, gap.start()))
        start = gap.end()
    cells.append((start, len(line)))
    return cells


def _cell_lines(work: WorkingText, lines):
    """The lines as the writer saw them: a pipe table row whose cells hold several lines
    joined by `<br>` (Word's layout table of Nơi nhận beside the signature, as pandoc or
    a web tool export it) gives each cell's lines in turn, the left cell first — as the
    lines of a plain two-column closing are read, one column at a time."""
    cut = _rule("meta.cell_line")
    for line in lines:
        written = work.original[line.start:line.end]
        if "|" not in written or "<br" not in written.lower():
            yield line
            continue
        start = line.start
        for m in cut.finditer(written):
            yield textmap.Line(start, line.start + m.start())
            start = line.start + m.end()
        yield textmap.Line(start, line.end)


def _left_column(work: WorkingText, end: int) -> str:
    """The working text up to `end` with each line of the text cut at its first column
    gap, the rest blanked: the header's left column, where the issuer is named
    (`ỦY BAN NHÂN DÂN<TAB>Độc lập …` / `PHƯỜNG BẾN NGHÉ`; a pipe table's first cell, whose
    `<br>` the working copy blanks like a gap), at the same offsets.  Lines
    as the writer ended them: a wrap the working copy joined does not join columns."""
    head = work.text[:end]
    if "\t" not in head and "   " not in head:
        return head
    out, pos = [], 0
    for written in work.original[:end].split("\n"):
        line = head[pos:pos + len(written)]
        # a pipe table's row: its cells are between pipes (a cell's `<br>` is a gap, no column)
        bar = written.find("|", written.find("|") + 1) if written.lstrip().startswith("|") else -1
        cut = bar if bar > 0 else _cells(line)[0][1]
        # the writer's line break, not the space of a wrap the working copy joined
        # (`TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM` / `**LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC NINH**`)
        out += (line[:cut], " " * (len(line) - cut), "\n" if pos + len(written) < len(head) else "")
        pos += len(written) + 1
    return "".join(out)


def _mass_org(m: regex.Match, text: str) -> _Issuer:
    """A youth union's or an association's committee of an area (`Tỉnh Đoàn Khánh Hòa`,
    `Hội Nông dân tỉnh Quảng Nam`); a city's is of a province only when the city is one."""
    rule = _rule("meta.issuer_mass_org")
    if m.group("short"):  # TỈNH ĐOÀN, THÀNH ĐOÀN, THỊ ĐOÀN …; TỈNH HỘI KHUYẾN HỌC …
        org = f"HỘI {' '.join(m.group('short_org').split())}" if m.group("short_org") else "ĐOÀN"
        word, name = m.group("short").lower(), m.group("short_area")
        level_word = {"thị": "thị xã", "thành": "thành phố"}.get(word, word)
    else:
        level_word, name, org = m.group("level").lower(), m.group("area"), m.group("org") or m.group("union")
    area, area_name = _area(level_word, name)
    level = LEVELS[level_word]
    if level_word == "thành phố" and not canonical.province(area_name):
        level = "huyen"
    if org == "ĐOÀN" and m.group("union_full"):  # `BCH ĐOÀN TNCS HỒ CHÍ MINH` / `TỈNH LÂM ĐỒNG`: as written
        body = f"{rule.get('youth_union_full')} {area}"
    elif org == "ĐOÀN":
        body = f"{rule.get('youth_union')[level_word]} {area_name}"
    else:
        body = f"{rule.get('orgs')[org]} {area}"
    province = area_name if level == "tinh" else _province_named(text)
    return _Issuer(body, level, area, area_name, province)


def _department(head: str) -> tuple[_Issuer, int] | None:
    """A department named with its province and no level word (`SỞ GD&ĐT PHÚ THỌ`): the
    province is the longest end of the name that names one; and where the match ends."""
    rule = _rule("meta.issuer_department")
    m = rule.search(head)
    if not m:
        return None
    words = m.group("name").split()
    for n in (3, 2, 1):
        province = len(words) > n and canonical.province(" ".join(words[-n:]))
        if province:
            level_word = "thành phố" if province in rule.get("cities") else "tỉnh"
            own = words[:-n]
            while len(own) > 1 and own[-1] in rule.get("city_marks"):  # (`TP. ĐÀ NẴNG`)
                own = own[:-1]
            unit = _unit_name("SỞ", agency_names.expand(" ".join(own)))
            area = f"{level_word} {province}"
            return _Issuer(f"{unit} {area}", "tinh", area, province, province), m.end()
    return None


def _company(head: str) -> _Issuer | None:
    """The lowest state company of the header (`TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM` / `CÔNG TY ĐIỆN
    LỰC HÀ TĨNH`): it issues, its group and parent above it do not; the longest end of its
    name that names a province is its province (a company governs no area: no level); a
    parent named by its region has none."""
    found = list(_rule("meta.issuer_company").finditer(head))
    if not found:
        return None
    m = found[-1]
    words = m.group("name").split()
    head = " ".join(f"{m.group('head')} {m.group('form') or ''}".split())  # (`CÔNG TY CỔ PHẦN`)

    def unit(n_words: int) -> str:
        return _unit_name(head, " ".join(words[:n_words]), "meta.issuer_company")

    for n in (3, 2, 1):
        province = len(words) > n and canonical.province(" ".join(words[-n:]))
        if province:
            return _Issuer(f"{unit(-n)} {province}", province=province)
    region = _rule("meta.issuer_company").get("regions").get(" ".join(words[-2:]))
    if region:
        return _Issuer(f"{unit(-2)} {region}")
    return _Issuer(unit(len(words)))


def _placed_unit(head: str) -> _Issuer | None:
    """The lowest national agency's office of the header named by its place (`CẢNG VỤ HÀNG
    HẢI QUẢNG NINH` under `CỤC HÀNG HẢI VÀ ĐƯỜNG THỦY VIỆT NAM`): the longest end of its name
    that names a province is its province; it governs no area, so has no level.  A region
    named by words is a place (`ĐÀI KHÍ TƯỢNG THỦY VĂN KHU VỰC` / `TRUNG TRUNG BỘ` → `… khu vực
    Trung Trung Bộ`); one numbered keeps its numeral (`CẢNG VỤ … KHU VỰC I`)."""
    rule = _rule("meta.issuer_placed_unit")
    found = list(rule.finditer(head))
    if not found:
        return None
    m = found[-1]
    key, words = " ".join(m.group("head").split()), m.group("name").split()
    region = regex.match(rule.get("region"), " ".join(words))
    if region:
        unit = _unit_name(key, region.group("unit"), "meta.issuer_placed_unit")
        return _Issuer(f"{unit} khu vực {canonical.title_case(region.group('region'))}")
    for n in (3, 2, 1):
        province = len(words) > n and canonical.province(" ".join(words[-n:]))
        if province:
            unit = _unit_name(key, " ".join(words[:-n]), "meta.issuer_placed_unit")
            return _Issuer(f"{unit} {province}", province=province)
    return _Issuer(_unit_name(key, " ".join(words), "meta.issuer_placed_unit"))


def _university(head: str, text: str) -> _Issuer | None:
    """A university of member schools (`ĐẠI HỌC HUẾ`) heads the header: the member named
    under it issues, by its official name, the member's then the university's (`Trường Đại
    học Kinh tế, Đại học Huế`); with none named, the university.  Neither has a level (its
    province is the date line's: read_header)."""
    rule = _rule("meta.issuer_university")
    m = rule.search(head)
    if not m:
        return None
    system = _Issuer(rule.get("names")[" ".join(m.group("name").split())])
    member = _under(system, None, head, m.end(), text)
    # (a member's name in capitals hides which words are fields: `Kinh tế`, as the text writes it)
    name = system.name if member.name == system.name else f"{_as_written(member.name, text)}, {system.name}"
    return _Issuer(name, province=member.province)


def _issuer(work: WorkingText, layout: Layout, title_and_preamble: str, body_end: int) -> _Issuer:
    """The issuing body: from the header's left column (the last body named there: the
    first line is often the superior body), a party committee, a mass organisation's
    committee, a ministry, a body with an area of its own (`BAN CHỈ ĐẠO 389` / `TỈNH
    THANH HÓA`), a national agency's branch (`THUẾ TỈNH ĐẮK LẮK`) or base office (`BẢO HIỂM XÃ
    HỘI CƠ SỞ QUỲNH LƯU`), a Sở named with its
    province (`SỞ GD&ĐT PHÚ THỌ`) — or a body under one
    of them (a Sở, a Ban, a Cục; a hospital, a school, a province's police) — or else the
    opening paragraph ("Ủy ban nhân dân tỉnh ban hành Kế hoạch … tỉnh Gia Lai")."""
    text = work.text
    end = layout.type_match.start() if layout.type_match else min(len(text), HEADER_REACH)
    stamp = _rule("meta.approval_stamp").search(text, 0, end)
    if stamp and regex.search(r"\p{Lu}", text, endpos=stamp.start()):
        end = stamp.start()  # a superior's approval above the title names the approver (rules/metadata.yaml)
    head = _left_column(work, end)
    found = list(_rule("meta.issuer_header").finditer(head))
    if found:
        m = found[-1]
        body = _body(m.group("body"))
        committee = _committee(body, _level_word(m.group("level")), m.group("name"), text[:body_end])
        # a committee's Sở takes its area (`Sở Y tế tỉnh Long An`); a council's standing
        # committee or Ban is the council's own (`Thường trực Hội đồng nhân dân huyện …`)
        suffix = committee.name if body.endswith(ELECTED) else committee.area
        return _under(committee, suffix, head, m.end(), text[:body_end])
    party = next((m for m in _rule("meta.issuer_party").finditer(head) if _party_area(m)), None)
    if party:
        word = _party_word(party)
        body, level_word = PARTY_BODIES[word]
        if party.group("commune"):  # (`ĐẢNG ỦY PHƯỜNG VỸ DẠ`: a ward's, not a commune's)
            level_word = party.group("commune").lower()
        area, area_name = _area(level_word, _party_area(party))
        level = "tinh" if word in ("tỉnh", "thành") and canonical.province(area_name) else LEVELS[level_word]
        name = f"{body} {area_name}" if word != "đảng" else f"{body} {area}"
        # a commune's committee under its province's organisation (`ĐẢNG BỘ TỈNH QUẢNG TRỊ` /
        # `ĐẢNG ỦY XÃ NAM TRẠCH`) is of that province, though its plan may never name it
        above = party.group("above_level") in ("TỈNH", "THÀNH PHỐ") and canonical.province(party.group("above"))
        province = area_name if level == "tinh" else above or _province_named(text[:body_end])
        return _under(_Issuer(name, level, area, area_name, province), name, head, party.end(), text[:body_end])
    # (the last committee named: a commune's under its province's, `TỈNH ĐOÀN HÀ TĨNH` /
    # `BCH ĐOÀN XÃ THẠCH KHÊ`, issues the plan)
    orgs = list(_rule("meta.issuer_mass_org").finditer(head))
    if orgs:
        issuer = _mass_org(orgs[-1], text[:body_end])
        if issuer.province is None and len(orgs) > 1:
            above = _mass_org(orgs[0], text[:body_end])
            if above.level == "tinh":  # (the province's committee above it)
                issuer = _Issuer(issuer.name, issuer.level, issuer.area, issuer.area_name, above.province)
        return issuer
    central_org = _rule("meta.issuer_central_org")
    central = central_org.search(head)
    if central:  # `HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM` / `ĐOÀN CHỦ TỊCH`: the central organ, national
        return _Issuer(f"{central_org.get('organs')[' '.join(central.group('organ').split())]} "
                       f"{central_org.get('orgs')[' '.join(central.group('org').split())]}")
    labour = _rule("meta.issuer_labour_federation").search(head)
    if labour:  # `TỔNG LĐLĐ VIỆT NAM` / `LĐLĐ TỈNH HƯNG YÊN`: the area's federation, or its sector's union
        federation = _committee(_rule("meta.issuer_labour_federation").get("body"), _level_word(labour.group("level")),
                                labour.group("area"), text[:body_end])
        return _sector_union(federation, head, labour.end(), text[:body_end])
    bank = _rule("meta.issuer_bank_branch").search(head)
    if bank:  # `NGÂN HÀNG CHÍNH SÁCH XÃ HỘI` / `CHI NHÁNH TỈNH QUẢNG NGÃI`
        body = f"Chi nhánh {_rule('meta.issuer_bank_branch').get('heads')[' '.join(bank.group('head').split())]}"
        return _committee(body, _level_word(bank.group("level")), bank.group("area"), text[:body_end])
    branches = list(_rule("meta.issuer_branch").finditer(head))
    own = _rule("meta.issuer_own_area").search(head)
    # a joint plan's header names its lead body above the branch (`SỞ Y TẾ TỈNH LONG AN` /
    # `BẢO HIỂM XÃ HỘI TỈNH LONG AN`): the lead issues it
    joint = branches and own and own.end() <= branches[0].start()
    if branches and not joint:  # a national agency's branch of a province or a region (`THUẾ TỈNH ĐẮK LẮK`): the lowest
        branch = branches[-1]
        body = _rule("meta.issuer_branch").get("heads")[branch.group("head")]
        if branch.group("region"):
            return _Issuer(f"{body} khu vực {branch.group('region')}")
        if branch.group("base"):  # a base office serves several communes: no level
            base = f"{body} cơ sở {canonical.title_case(branch.group('base'))}"
            named = branch.group("base_area")
            above = next((b.group("area") for b in reversed(branches[:-1]) if b.group("area")), None)
            province = canonical.province(named or above or "") or _province_named(text[:body_end])
            if named and province:
                base = f"{base} {_level_word(branch.group('base_level'))} {province}"
            return _Issuer(base, province=province)
        return _committee(body, _level_word(branch.group("level")), branch.group("area"), text[:body_end])
    university_unit = _rule("meta.issuer_university_unit")
    unit = university_unit.search(head)
    if unit:  # a university's hospital named under it (rules/metadata.yaml): no level
        written_head = university_unit.get("heads")[" ".join(unit.group("head").split())]
        name = f"{written_head} {canonical.title_case(' '.join(unit.group('name').split()))}"
        return _Issuer(_as_written(name, text[:body_end]))
    university = _university(head, text[:body_end])
    if university:
        return university
    for line in work.lines:
        if line.start >= len(head):
            break
        indent = len(head[line.start:line.end]) - len(head[line.start:line.end].lstrip())
        # the rules are anchored at the name (`^Bộ …`): matched on the rest of the head
        # from it, since a `^` does not hold at an offset (an indented line, a table's cell)
        at = line.start + indent
        rest = head[at:]
        for rule in rules.load("metadata").group("ministries"):
            ministry = rule.match(rest)
            if ministry:  # a ministry (or its Cục, Vụ, its national agency): no tỉnh/huyện/xã level
                ministry_end = at + ministry.end()
                national = _rule("meta.issuer_national").match(head, ministry_end)
                if national:
                    return _Issuer(_unit_name(national.group("head"), national.group("name") or "",
                                              "meta.issuer_national"))
                branch = _rule("meta.issuer_ministry_branch").match(head, ministry_end)
                if branch:
                    where = f"Khu vực {branch.group('region')}" if branch.group("region") else \
                        f"{_level_word(branch.group('level'))} {canonical.title_case(branch.group('area'))}"
                    return _Issuer(f"{rule.get('name')} - Chi nhánh {where}")
                # (a state company under its ministry issues in its own name: `BỘ XÂY DỰNG` / `TỔNG
                # CÔNG TY` / `ĐƯỜNG SẮT VIỆT NAM`)
                company = _company(head[ministry_end:])
                if company:
                    return company
                return _under(_Issuer(rule.get("name")), None, head, ministry_end, text[:body_end])
    company = _company(head) or _placed_unit(head)
    if company:
        return company
    if own:  # a steering committee, a council, a branch with an area of its own
        # (a commune's body stacked under its province's, `ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN` /
        # `ỦY BAN MTTQ VIỆT NAM XÃ YÊN THÀNH` / `BAN THƯỜNG TRỰC`: the commune's issues, in that
        # province; two of one level are a joint plan's, whose lead comes first)
        under_province = LEVELS.get(_level_word(own.group("level"))) == "tinh"
        commune = next((m for m in _rule("meta.issuer_own_area").finditer(head, own.end())
                        if LEVELS.get(_level_word(m.group("level"))) == "xa"), None) if under_province else None
        issuing = commune or own
        unit = _unit_name(issuing.group("head"), issuing.group("name"), "meta.issuer_own_area")
        body = _committee(unit, _level_word(issuing.group("level")), issuing.group("area"), text[:body_end])
        if commune:
            body = dataclasses.replace(body, province=canonical.province(own.group("area")) or body.province)
        return _under(body, body.name, head, issuing.end(), text[:body_end])
    department = _department(head)
    if department:
        return _under(department[0], department[0].name, head, department[1], text[:body_end])
    m = _rule("meta.issuer_body").search(title_and_preamble)
    if not m:
        return _Issuer()
    level_word = _level_word(m.group("level"))
    name = next((a.group("name") for a in _rule("meta.area_name").finditer(title_and_preamble)
                 if canonical.fold(a.group(0)).startswith(canonical.fold(level_word))), None)
    return _committee(_body(m.group("body")), level_word, name, text[:body_end])


def _closing(work: WorkingText, layout: Layout) -> int:
    """Where the document's own closing (Nơi nhận, signature) starts: for a decision
    that issues a plan, the decision's, not the end of the attached plan.  Without such
    a plan that is the body's end, found by the same search."""
    if layout.plan_start == layout.title_start:
        return layout.body_end
    m = _rule("meta.body_end").search(work.text, layout.title_start)
    return m.start() if m else layout.body_end


def _signature(work: WorkingText, closing: int) -> tuple[str | None, str | None]:
    """(title, name) of the signer: the name is the first name-like line end after the
    title, past notes such as `(Đã ký)`; in a flattened two-column layout it ends a
    line of Nơi nhận.  Where a line has columns (signatures side by side, Nơi nhận
    beside the signature) each column is read on its own, the left one first.  Lines
    as the writer ended them: the working copy may join the lines of two signatures
    side by side (`KT. GIÁM ĐỐC   TM. BAN THƯỜNG VỤ` / `PHÓ GIÁM ĐỐC   BÍ THƯ`) into one."""
    text = work.text
    title_rule, note, name_rule = (_rule(r) for r in ("meta.signer_title", "meta.signature_note", "meta.signer_name"))
    begin = work.line_at(closing).start
    following = list(_cell_lines(work, (textmap.Line(begin + a, begin + b)
                                        for a, b in textmap.raw_lines(work.as_written(begin)))))
    title, column_end, at = None, None, 0
    while at < len(following) and not title:
        shown = text[following[at].start:following[at].end]
        cells = _cells(shown)
        for k, (a, b) in enumerate(cells):
            m = title_rule.search(shown[a:b])
            below = None if m else _stood_in(work, following, at, (a, b))
            if m or below:
                title = (m or below[0]).group("title")
                column_end = cells[k + 1][0] if k + 1 < len(cells) else None
                at += below[1] if below else 0  # (the lines below hold that title: no name)
                break
        at += 1
    if not title:
        return None, None
    # blank lines leave room for the hand signature and the seal (three or four are
    # usual): they do not count towards the reach
    written = (line for line in following[at:] if text[line.start:line.end].strip())
    for line, _ in zip(written, range(SIGNATURE_REACH), strict=False):
        shown = _column(work, line, column_end)
        for a, b in _cells(shown):
            cell = shown[a:b].strip()
            if not cell or note.match(cell):
                continue
            name = name_rule.search(cell)
            if name:
                return title, name.group("name")
    return title, None


def _stood_in(work: WorkingText, lines: list[textmap.Line], at: int, cell: tuple[int, int]) -> tuple[regex.Match, int] | None:
    """(the title, how many lines below it stands) under a cell that signs for a body (`KT.
    CHÁNH ÁN` / `PHÓ CHÁNH ÁN`) when signatures stand side by side: the cell of the next line
    below it holds the signer's own title, read before the titles beside it (`VIỆN TRƯỞNG`:
    the next signer's) — or the line after, under a body's cell and its head's (`TM. ỦY BAN
    NHÂN DÂN XÃ` / `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH` beside `TM. ĐỒN BIÊN PHÒNG` / `ĐỒN TRƯỞNG`)."""
    a, b = cell
    line = work.text[lines[at].start:lines[at].end]
    stands_in = _rule("meta.signer_stands_in")
    if len(_cells(line)) < 2 or not stands_in.match(line[a:b]):
        return None
    said = line[a:b]
    for depth in (1, 2):
        if at + depth >= len(lines):
            return None
        below = work.text[lines[at + depth].start:lines[at + depth].end]
        under = next((below[c:d] for c, d in _cells(below) if c < b and a < d), None)
        if under is None:
            return None
        m = _rule("meta.signer_title").search(f"{said}\n{under}")
        if m or not stands_in.match(under):
            return (m, depth) if m else None
        said = under
    return None


def _column(work: WorkingText, line: textmap.Line, column_end: int | None) -> str:
    """A line of signatures side by side, aligned with spaces, cut where the next signer's
    column starts (`column_end`, from the title's line): a name as long as its column
    leaves less than a gap before the next (`Nguyễn Thị Thanh Hương  Đỗ Văn Khánh`).  Only
    at a word's start: a line laid out with tabs, or cut inside a word, stays whole."""
    shown = work.text[line.start:line.end]
    written = work.original[line.start:line.end]
    if column_end is None or "\t" in written or len(shown) <= column_end:
        return shown
    if shown[column_end - 1] != " " or shown[column_end] == " ":
        return shown
    return shown[:column_end]


def _recipients(work: WorkingText, closing: int) -> list[str]:
    """The lines of Nơi nhận, each cut at its column gap (a signature may stand beside them),
    in the writer's letters (`Tỉnh uỷ` stays: a recipient is a line, not a canonical name)."""
    m = _rule("meta.recipients").search(work.text, closing)
    if not m:
        return []
    inline = _inline_recipients(work, m.end())
    if len(inline) > 1:
        return inline
    out, bare, ended, raw, closed, open_end = inline, None, True, "", False, False
    for line in _cell_lines(work, work.lines):
        if line.start < m.end():
            continue
        shown = work.text[line.start:line.end]
        shown = shown[:_cells(shown)[0][1]]
        lead = len(shown) - len(shown.lstrip())
        shown = shown.strip()
        if not shown:
            continue
        # (a PDF's text layer may put the signature column's lines between the items, `Nơi nhận:` /
        # `KT. GIÁM ĐỐC` / `- UBND tỉnh (b/c);` / `PHÓ GIÁM ĐỐC` / `- Bộ NN&MT …` / `(Đã ký)`: no item)
        if (_rule("meta.signer_stands_in").match(shown) or _rule("meta.signer_title").match(shown)
                or _rule("meta.signature_note").match(shown)):
            continue
        wrapped = _wrapped_cells(work, line, lead + len(shown))
        if bare is None:  # the first line tells whether the list kept its dashes
            bare = not _RECIPIENT_LINE.match(shown)
        said = " ".join([shown, *(work.text[s:e] for s, e in wrapped)])
        item = (_rule("meta.recipient_bare").match if bare else _RECIPIENT_LINE.match)(said)
        at = line.start + lead
        if not item and not bare and out and (lead or open_end and not closed) and not ended:
            # (an indented line without a dash goes on an item that ended in neither `;` nor `.`; so
            # does one at the margin under an item cut after a comma or a colon, `- UBND các tỉnh, TP:
            # Quảng Ngãi, Gia Lai, Đắk Lắk,` / `Lâm Đồng, Đồng Nai, …;`: no item ends so)
            raw = raw + " " + work.plain(at, at + len(shown), len(shown))
            out[-1], ended = raw.rstrip(_ITEM_END), said.rstrip(_HARD_BREAK)[-1:] in ";."
            open_end = said.rstrip(_HARD_BREAK)[-1:] in ",:"
            continue
        if not item or closed:  # (`Lưu: …` is the last item: a page number `- 7 -` below it is none)
            break
        ended = said.rstrip(_HARD_BREAK)[-1:] in ";."
        open_end = said.rstrip(_HARD_BREAK)[-1:] in ",:"
        who = work.plain(at + item.start("who"), at + min(item.end("who"), len(shown)), len(shown))
        raw = " ".join([who, *(work.plain(s, e, e - s) for s, e in wrapped)])
        out.append(raw.rstrip(_ITEM_END))
        closed = bool(_rule("meta.recipient_last").match(who))
    return out


def _inline_recipients(work: WorkingText, at: int) -> list[str]:
    """The items on the Nơi nhận line itself, in its first column: a list run into one line
    (`Nơi nhận: - UBND Thành phố (để b/c); - Sở Y tế Hà Nội; … - Lưu: VT, TYT.`, a web or
    compacted copy), split where `;` meets the next dash, or the first item of a list that
    goes on below (`Nơi nhận: - Như trên;`).  A line of layout cells (`<br>`, pipes) is read
    cell by cell by _recipients."""
    line = work.line_at(at)
    if _rule("meta.cell_line").search(work.original, line.start, line.end):
        return []
    shown = work.text[at:line.end]
    cell_end = at + _cells(shown)[0][1]
    if work.original.find("\n", at, cell_end) >= 0:  # (the working copy joined the next lines on)
        return []
    rest = work.plain(at, cell_end, cell_end - at)
    dashes = list(_rule("meta.recipient_inline").finditer(rest))
    if not dashes or dashes[0].start() != 0:
        return []
    ends = [d.start() for d in dashes[1:]] + [len(rest)]
    return [rest[d.end():e].strip().rstrip(_ITEM_END) for d, e in zip(dashes, ends, strict=True)]


def _wrapped_cells(work: WorkingText, line: textmap.Line, gap: int) -> list[tuple[int, int]]:
    """(start, end) of the rest of a Nơi nhận item the writer wrapped onto the next lines
    when the working copy joined them: the left cell of each further written line, when it
    starts left of the first line's column gap (`- Tỉnh uỷ, UBND các tỉnh: Phú Thọ,    (Đã
    ký)` / `  Tuyên Quang, Lào Cai (để b/c);`); a line of the signature column alone, further
    right, is none of it."""
    written = work.original[line.start:line.end]
    pieces = textmap.raw_lines(written)
    if len(pieces) < 2 or gap > pieces[0].end:  # (no gap on the first line: its cell is all of it)
        return []
    out = []
    for piece in pieces[1:]:
        shown = work.text[line.start + piece.start:line.start + piece.end]
        shown = shown[:_cells(shown)[0][1]]
        lead = len(shown) - len(shown.lstrip())
        if not shown.strip() or lead >= gap:
            break
        out.append((line.start + piece.start + lead, line.start + piece.start + len(shown.rstrip())))
    return out


def _date(m: regex.Match | None) -> tuple[dt.date | None, int | None]:
    if not m:
        return None, None
    year = int("".join(m.group("year").split())) if m.group("year") else None  # (`2 0 2 4` of a scan)
    if year and m.group("day") and m.group("month"):
        try:
            return dt.date(year, int(m.group("month")), int(m.group("day"))), year
        except ValueError:
            return None, year
    return None, year


def _period(title: str | None, work: WorkingText, layout: Layout, body_start: int) -> tuple[int | None, int | None]:
    """The years of the plan's own period: from its title (`giai đoạn 2021-2025`,
    `năm học 2025 - 2026`, a title ending `năm 2026` — not the year in a law's name),
    else from the preamble's enacting sentence (`… xây dựng Kế hoạch … giai đoạn 2025 -
    2030, như sau:`), else from a numbered `Thời gian thực hiện` heading of its body
    (`Từ ngày 01/12/2025 đến ngày 28/02/2026`).  A plan that organises an event
    (`Tổ chức Tháng hành động … năm 2027`) has none: those years are the event's; nor has a
    supervision of a past span (`Giám sát chuyên đề việc thực hiện … giai đoạn 2021 - 2025`)."""
    if title and _rule("meta.event_title").search(title):
        return None, None
    if title:
        one = _rule("meta.period_year").search(title)
        # (nor the year of a law's name, nor of the accounts an audit examines)
        if one and not _rule("meta.law_name_year").search(title) and not _rule("meta.accounts_year").search(title):
            # "… giai đoạn 2021 - 2025 năm 2024": a one-year plan of a longer programme
            return (int(one.group("year")),) * 2
        # (a year's theme the plan carries out, `chủ đề "Năm An toàn giao thông 2026"`: that year's plan)
        theme = _rule("meta.period_theme_year").search(title)
        if theme:
            return (int(theme.group("year")),) * 2
        spans = list(_rule("meta.period").finditer(title))
        # (a period inside a quoted name is the cited programme's: the plan's own is outside it)
        quoted = [m.span() for m in _rule("meta.period_quoted").finditer(title)]
        spans = [m for m in spans if not any(a <= m.start() < b for a, b in quoted)] or spans
        if spans:
            if _rule("meta.supervised_period").search(title):
                return None, None  # (the period a supervision examines is none of its own)
            return int(spans[-1].group("start")), int(spans[-1].group("end"))
        # (a feast's plan whose title has no year but the feast's: its body's dates are the season's)
        if _rule("meta.feast_title").search(title) and not _rule("meta.free_year").search(title):
            return None, None
    enacted = _rule("meta.period_enacted").search(work.text, layout.plan_start, max(body_start, layout.plan_start))
    if enacted:
        return int(enacted.group("start")), int(enacted.group("end"))
    stated = _rule("meta.period_stated").search(work.text, layout.plan_start, layout.body_end)
    if stated:
        return int(stated.group("start")), int(stated.group("end"))
    return None, None


def _doc_number(m: regex.Match | None) -> str | None:
    """`1212 /KH-UBND` → 1212/KH-UBND, `45-KH/HU` as printed; a blank number (`Số: /KH-UBND`) → None."""
    if not m or not m.group("number"):
        return None
    return f"{m.group('number')}{m.group('sep')}{''.join(m.group('symbol').split())}"


def read_header(source: Source, work: WorkingText, layout: Layout, body_start: int) -> Header:
    text = work.text
    head_end = layout.type_match.start() if layout.type_match else min(len(text), HEADER_REACH)
    number = _rule("meta.doc_number").search(text, 0, head_end)
    date_line = _rule("meta.date_line").search(text, 0, head_end)
    issued_date, issued_year = _date(date_line)
    title, title_end = _title(work, layout, body_start)
    who = _issuer(work, layout, text[layout.title_start:body_start], layout.body_end)
    if who.name:  # (a header in capitals hides a proper name's capital: `… MIỀN NAM` → `miền Nam`)
        who = dataclasses.replace(who, name=_as_written(who.name, text[layout.title_start:layout.body_end],
                                                        raised_only=True))
    place = None
    if date_line:
        written = " ".join(date_line.group("place").split())
        same_as_issuer = who.area_name and canonical.fold(who.area_name) == canonical.fold(written)
        place = canonical.province(written) or (who.area_name if same_as_issuer else written)
    province = who.province
    if province is None and place and canonical.province(place) and who.name \
            and _rule("meta.placed_institution").match(who.name):
        province = place  # a university under a ministry: its date line's province
    closing = _closing(work, layout)
    signer_title, signer_name = _signature(work, closing)
    recipients = _recipients(work, closing)
    if province is None and who.level in ("huyen", "xa"):
        # (a commune's plan may name its province only where it reports: `- TT HĐND tỉnh Phú Thọ (b/c);`)
        province = _province_named("\n".join(recipients))
        who = dataclasses.replace(who, province=province)
    period_start, period_end = _period(title, work, layout, body_start)
    doc_type = None
    if layout.type_match:
        doc_type = _type(layout.type_match)

    row = schema.Document(
        doc_id=source.doc_id, source_path=source.source_path, source_format=source.source_format,
        text=source.text, doc_type=doc_type,
        doc_number=_doc_number(number),
        issuer=canonical.tone(who.name) if who.name else None, issuer_level=who.level,
        province=province, place=place, issued_date=issued_date, issued_year=issued_year, title=title,
        signer_name=signer_name, signer_title=signer_title, recipients=recipients,
        period_start=period_start, period_end=period_end,
        rule_id="meta.doc_number" if number else None,
    )
    issuer = Issuer(name=row.issuer, level=who.level, area=who.area, province=who.province,
                    issued_date=issued_date, issued_year=issued_year, doc_number=row.doc_number,
                    plan_year=period_start if period_start == period_end else None)
    return Header(row, issuer, title_end)
