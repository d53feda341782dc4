"""references: the other documents a plan cites by number (CONTRACT §2), in the
title, opening and body and in an appendix after the signature.

One rule per document type (rules/references.yaml) finds the type word and the
symbol, with the date that follows; the issuer is read right after.  Then, over
the whole document:
  * a symbol printed in capitals (an upper-case title) takes the spelling the
    document uses elsewhere, else the official one (99-CTR/TU → 99-CTr/TU);
  * a back-reference by number only (`Quyết định số 161`) and a repeated symbol
    without its date take the number, date and issuer of the full mention; one whose type
    is written short (`QĐ 296-QĐ/TW`) takes the type of the full mention (`Quy định`);
  * `key` = symbol@year for joining plans across documents — the year printed in
    the symbol (20/2021/NĐ-CP), else the year of the date, else `?`;
  * `relation` is `basis` for what the plan implements: the references of the
    title and the opening paragraph (Thực hiện …, Căn cứ …), `mention` elsewhere.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, replace

import regex

from pipeline import rules, schema
from pipeline.context import DocContext
from pipeline.extract import dates
from pipeline.normalise import canonical

_SPACE = regex.compile(r"\s+")
_SYMBOL_YEAR = regex.compile(r"/((?:19|20)\d{2})/")
_ROMAN = regex.compile(r"^[IVXLC]+$")
# the kind letters of a symbol, after its number (and year): NQ of 57-NQ/TW, NĐ of 20/2021/NĐ-CP
_KIND = regex.compile(r"[-/]\s?(\p{Lu}[\p{L}&]*)")
# the opening paragraph is split into clauses at ; and line breaks
_CLAUSE_END = regex.compile(r"[;\n]")
SELF_REACH = 40  # characters before a reference where "kèm theo" marks the plan's own decision
ABBREVIATION_MAX = 3  # letters of a type written short: QĐ, NQ, NĐ


@dataclass(frozen=True)
class _Ref:
    start: int
    end: int
    rule: rules.Rule
    number: str | None
    short: str | None
    issued_date: dt.date | None
    issuer: str | None
    upper: bool  # printed in capitals: the symbol's case is not the official one
    abbreviated: bool = False  # its type written short (`QĐ 296-QĐ/TW`): the full mention's type says which
    ref_type: str | None = None  # the type of a list's head word, where the rule serves several types


def _rules() -> rules.RuleFile:
    return rules.load("references")


def canonical_number(text: str) -> str:
    """The symbol without spaces, letters as printed: `21- CT/TW` → `21-CT/TW`."""
    return _SPACE.sub("", text)


def _issuer(text: str) -> str | None:
    """Canonical issuer: a known body's name (also from HĐND, capitals), then the rest."""
    text = _SPACE.sub(" ", text).strip()
    if not text:
        return None
    shouting = text.isupper()
    for rule in _rules().group("issuers"):
        m = rule.match(text)
        if m:
            rest = text[m.end():].strip()
            text = f"{rule.get('name')} {_recase(rest) if shouting else rest}".strip()
            return canonical.name(text)
    return canonical.name(_recase(text) if shouting else text)


def _recase(text: str) -> str:
    """An upper-case phrase in running case: proper names capitalised, numerals kept."""
    words = []
    for word in text.split(" "):
        if _ROMAN.match(word):
            words.append(word)
        elif canonical.fold(word) == "khoa":
            words.append(word.lower())
        else:
            words.append(word[:1] + word[1:].lower())
    return " ".join(words)


def _zones(ctx: DocContext) -> list[tuple[int, int]]:
    """Where citations are read: from the text's start (a web portal's headline and lead
    above the header cite what the plan implements: `… ký ban hành Kế hoạch số 125/KH-BXD
    triển khai thi hành Nghị định số 18/2026/NĐ-CP …`; the header holds none but the
    plan's own number) through title, opening and body, then an appendix after the
    signature (from its `PHỤ LỤC` heading or a Markdown note `[^1]:` on), never `Nơi
    nhận` nor the signature.  The heading is looked for in documents.text too: the working
    copy may join it to the issuer's line above it (`UBND TỈNH THÁI NGUYÊN` / `PHỤ LỤC`)."""
    zones = [(0, ctx.body_end)]
    rule = _rules().by_id("ref.appendix_head")
    heads = [m.start() for m in (rule.search(ctx.working, ctx.body_end), rule.search(ctx.text, ctx.body_end)) if m]
    if heads:
        zones.append((min(heads), len(ctx.working)))
    return zones


def _find(ctx: DocContext) -> list[_Ref]:
    text = ctx.working
    self_rule = _rules().by_id("ref.self")
    found = []
    for lo, hi in _zones(ctx):
        # (`Kèm theo Quyết định số …` above the first heading, or under an appendix's
        # heading after the signature, names the plan itself)
        heads = lo >= ctx.body_end
        for rule in _rules().rules:
            for m in rule.finditer(text, lo, hi):
                own = ((heads or m.start() < ctx.body_start)
                       and self_rule.search(text[max(lo, m.start() - SELF_REACH):m.start()])
                       and not _numbered_apart(ctx.issuer.doc_number, m.groupdict().get("number")))
                if not own:
                    found.extend(_citation(ctx, rule, m, hi))
    own_number = canonical_number(ctx.issuer.doc_number).upper() if ctx.issuer.doc_number else None
    kept: list[_Ref] = []
    for ref in sorted(found, key=lambda r: (r.start, -r.end)):
        if _is_own(ctx, ref, own_number):
            continue
        if all(ref.end <= k.start or k.end <= ref.start for k in kept):
            kept.append(ref)
    # (a citation wrapped in a pipe table's cell spans the other cells between its pieces:
    # only its own start is checked against the rest)
    wrapped = [r for lo, hi in _zones(ctx) for r in _cell_wraps(ctx, lo, hi)]
    kept.extend(r for r in wrapped if not any(k.start <= r.start < k.end for k in kept))
    return sorted(kept, key=lambda r: r.start)


def _cell_wraps(ctx: DocContext, lo: int, hi: int) -> list[_Ref]:
    """Citations a pipe table's cell wraps between the type word and the symbol (`| Thông tư
    số |` / `| 12/2022/TT-BNV) |` in the same column): each column's pieces of two lines
    running one after another are read joined, and a match that runs over the break is taken,
    from its type word on the first line to its symbol on the second."""
    text = ctx.working
    found: list[_Ref] = []
    if ctx.text.find("|", lo, hi) < 0:
        return found  # (no pipe table in the zone)
    starts = [lo, *(lo + m.end() for m in regex.finditer("\n", text[lo:hi]))]
    lines = list(zip(starts, [*(s - 1 for s in starts[1:]), hi], strict=True))
    for (a0, a1), (b0, b1) in itertools.pairwise(lines):
        # (the bars stand in documents.text; the working copy blanks them, at the same offsets)
        upper, lower = _pipe_cells(ctx.text, a0, a1), _pipe_cells(ctx.text, b0, b1)
        if len(upper) < 2 or len(upper) != len(lower):
            continue
        for (u0, u1), (w0, w1) in zip(upper, lower, strict=True):
            first, second = text[u0:u1].rstrip(), text[w0:w1].lstrip()
            if not first or not second:
                continue
            skip = (w1 - w0) - len(second)
            joined = f"{first} {second}"
            for rule in _rules().rules:
                for m in rule.finditer(joined):
                    if not m.groupdict().get("number") or not m.start() < len(first) < m.start("number"):
                        continue
                    date = m.group("date")
                    parts = dates.read(date) if date else None
                    end = w0 + skip + m.end("number") - len(first) - 1
                    found.append(_Ref(u0 + m.start(), end, rule, canonical_number(m.group("number")), None,
                                      parts.date if parts else None, None, False))
    return found


def _pipe_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of a pipe-table line between its bars, as offsets; none for a line of prose."""
    line = text[start:end]
    if not line.lstrip().startswith("|"):
        return []
    bars = [start + k for k, c in enumerate(line) if c == "|"]
    return [(a + 1, b) for a, b in itertools.pairwise(bars)]


def _numbered_apart(own: str | None, cited: str | None) -> bool:
    """Does the plan carry a number of another kind than the decision it is `kèm theo`
    (`Số: 1346/KH-BGDĐT` over `(Ban hành kèm theo Quyết định số 2590/QĐ-BGDĐT …)`)?  Then
    that decision is a document of its own, cited like any other; a plan known only by
    its decision's number (`Số: 3050/QĐ-UBND`) is that decision."""
    kinds = [_SYMBOL_KIND.search(n) for n in (own, cited) if n]
    if len(kinds) != 2 or not all(kinds):
        return False
    own_kind, cited_kind = ((k.group("party") or k.group("state")).upper() for k in kinds)
    return own_kind != cited_kind


# the kind in a symbol: `KH` of `1346/KH-BGDĐT`, `QĐ` of `27/2026/QĐ-UBND`, `KH` of `05-KH/TU`
_SYMBOL_KIND = regex.compile(r"^\s*\d+\s*-\s*(?P<party>[^\W\d_]+)\s*/|/\s*(?:\d+\s*/\s*)?(?P<state>[^\W\d_]+)")


def _is_own(ctx: DocContext, ref: _Ref, own_number: str | None) -> bool:
    """The plan's own number is no reference of it (a PDF repeats `Kế hoạch số 98/KH-UBND`
    at page tops; an appendix is `kèm theo` it) — unless its date shows another document
    of the same symbol (an earlier year's plan)."""
    if own_number is None or ref.number is None or canonical_number(ref.number).upper() != own_number:
        return False
    return ref.issued_date is None or ctx.issuer.issued_date in (None, ref.issued_date)


def _citation(ctx: DocContext, rule: rules.Rule, m: regex.Match, hi: int) -> list[_Ref]:
    """The reference of one match, and those listed after it (`… và số 13/QĐ-UBND`, `57-NQ/TW,
    59-NQ/TW`: a bare symbol only of the first one's kind), with their issuer."""
    text = ctx.working
    # (an abbreviated type, `QĐ 1490/QĐ-TTg`, is always in capitals: no sign of a capital title)
    upper = m.group("type").isupper() and len(m.group("type")) > 2
    abbreviated = m.group("type").isupper() and len(m.group("type")) <= ABBREVIATION_MAX
    if not m.group("number"):
        return [_Ref(m.start(), m.end("short"), rule, None, m.group("short"), None, None, upper)]
    items = [(m.start(), m.end("number"), m.group("number"), m.group("date"))]
    pos = m.end()
    if not m.group("date") and text[max(0, m.start() - 2):m.start()].strip() == "(":
        if bracket := _rules().by_id("ref.bracket_date").match(text, pos, hi):
            items[0] = items[0][:3] + (bracket.group("date"),)
            pos = bracket.end()
        elif before := _rules().by_id("ref.date_before_bracket").search(text[max(0, m.start() - 40):m.start()]):
            items[0] = items[0][:3] + (before.group("date"),)
    more_rule, bare_rule = _rules().by_id("ref.list_more"), _rules().by_id("ref.list_bare")
    # (a plural head's list, `các Thông tư của Bộ …: số 19/…, ban hành …; số 17/…`, goes on
    # past what each number does)
    types = rule.get("types")
    described = _rules().by_id("ref.list_described") if types else None
    kind = _KIND.search(m.group("number"))
    while (more := more_rule.match(text, pos, hi)) or (
            (more := bare_rule.match(text, pos, hi)) and kind
            and (same := _KIND.search(more.group("number"))) and same.group(1) == kind.group(1)) or (
            described and (more := described.match(text, pos, hi))):
        items.append((more.start("more"), more.end("number"), more.group("number"), more.group("date")))
        pos = more.end()
    if len(items) > 1 and items[-1][3] and not any(item[3] for item in items[:-1]) \
            and _rules().by_id("ref.plural_list").search(text[max(0, m.start() - 20):m.start()]):
        # (`các Công văn số 745/…, số 748/… ngày 22/5/2019`: one date for the whole list)
        items = [item[:3] + (items[-1][3],) for item in items]
    after = _rules().by_id("ref.issuer").match(text, pos, hi)
    issuer = _issuer(after.group("issuer")) if after else None
    if types and m.group("issuer"):
        issuer = _issuer(m.group("issuer"))
    ref_type = types.get(" ".join(m.group("type").lower().split())) if types else None
    refs = []
    for start, end, number, date_text in items:
        parts = dates.read(date_text) if date_text else None
        refs.append(_Ref(start, end, rule, canonical_number(number), None,
                         parts.date if parts else None, issuer, upper, abbreviated and start == m.start(), ref_type))
    return refs


def _official_case(number: str, printed: list[str]) -> str:
    """A symbol from an upper-case line: as the document spells it elsewhere, else the official case."""
    for other in printed:
        if other != number and other.upper() == number.upper():
            return other
    for rule in _rules().group("symbol_case"):
        number = rule.pattern.sub(rule.get("spelling"), number)
    return number


def _resolve(refs: list[_Ref]) -> list[_Ref]:
    """Fill back-references and undated repeats from the full, dated mention."""
    printed = [r.number for r in refs if r.number and not r.upper]
    refs = [replace(r, number=_official_case(r.number, printed)) if r.number and r.upper else r for r in refs]
    out = []
    for i, ref in enumerate(refs):
        if ref.short:
            full = next((r for r in reversed(refs[:i]) if r.number and r.rule.id == ref.rule.id
                         and regex.match(rf"{ref.short}\s?[-/]", r.number)), None)
            if full is None:
                continue  # a number alone that nothing earlier explains is no citation
            ref = replace(ref, number=full.number)
        if ref.issued_date is None:
            dated = [r for r in refs if r.number == ref.number and r.issued_date is not None]
            source = next((r for r in dated if r.start < ref.start), dated[0] if dated else None)
            if source is not None:
                ref = replace(ref, issued_date=source.issued_date, issuer=ref.issuer or source.issuer)
        if ref.abbreviated:
            # (`QĐ` of a party's symbol is a Quy định as often as a Quyết định: `QĐ 296-QĐ/TW` is
            # what `Quy định số 296-QĐ/TW` says it is, the nearest full mention before, else after)
            full = [r for r in refs if r.number == ref.number and not r.abbreviated and not r.short]
            source = next((r for r in reversed(full) if r.start < ref.start), full[0] if full else None)
            if source is not None:
                ref = replace(ref, rule=source.rule)
        out.append(ref)
    return out


def _key(ref: _Ref) -> str:
    m = _SYMBOL_YEAR.search(ref.number or "")
    year = m.group(1) if m else (str(ref.issued_date.year) if ref.issued_date else "?")
    return f"{ref.number}@{year}"


def _relation(ctx: DocContext, ref: _Ref) -> str:
    """basis in the title and opening paragraph, unless its clause only weighs a proposal (Xét …)."""
    if not ctx.preamble_start <= ref.start < ctx.body_start:
        return "mention"
    left = ctx.preamble_start
    for m in _CLAUSE_END.finditer(ctx.working, ctx.preamble_start, ref.start):
        left = m.end()
    if _rules().by_id("ref.not_basis").search(ctx.working[left:ref.start]):
        return "mention"
    return "basis"


def extract(ctx: DocContext) -> dict:
    """{"references": rows}: every cited document of the title, opening, body and
    an appendix after the signature (no section)."""
    rows = []
    for n, ref in enumerate(_resolve(_find(ctx)), start=1):
        rows.append(schema.Reference(
            doc_id=ctx.doc_id,
            reference_id=ctx.row_id("R", n),
            section_id=ctx.section_id_at(ref.start),
            text=ctx.text[ref.start:ref.end],
            start=ref.start,
            end=ref.end,
            ref_type=ref.ref_type or ref.rule.get("ref_type"),
            number=ref.number,
            issued_date=ref.issued_date,
            issuer=ref.issuer,
            key=_key(ref),
            relation=_relation(ctx, ref),
            rule_id=ref.rule.id,
        ))
    return {"references": rows}
