"""A web page saved from a legal-document site → the plan's text, without the site.

Parsed with BeautifulSoup over lxml (fast, forgiving of broken markup; the page's
declared charset is honoured, Windows-1258 included).  Menus, headers, footers,
scripts and side boxes are dropped; the main text is the element that holds most
paragraph text (the way reader modes find an article), unless the page has an
<article> or <main>.  Block elements become lines, a table row one line
`cell | cell | cell`, and the numbers a browser draws for an <ol> are written out.
"""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup, NavigableString, Tag

from pipeline.ingest.labels import format_number
from pipeline.ingest.text import IngestError, Source, check_text, doc_id_of, unicode_text

_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg",
              "button", "select", "input", "template", "head")
# id/class words of page furniture on the sites plans are saved from.
_FURNITURE = re.compile(r"(?:^|[-_\s])(?:menu|nav|navbar|breadcrumbs?|footer|header|sidebar|banner|share|social|"
                        r"comments?|related|advert|ads|login|search|toolbar|cookie|popup|modal)(?:$|[-_\s\d])", re.I)
_BLOCK = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table",
          "tbody", "thead", "tr", "blockquote", "pre", "dl", "dt", "dd", "center", "body", "html", "hr"}
_SPACES = re.compile(r"[ \t\r\n\f\u00a0]+")


def read_html(path: Path, source_path: str) -> Source:
    data = path.read_bytes()
    try:
        soup = BeautifulSoup(data, "lxml")
    except Exception as exc:  # noqa: BLE001 - a parser failure on junk bytes
        raise IngestError("corrupt_html", f"not a readable web page ({exc})") from exc
    text, encoding = unicode_text(page_text(soup))
    check_text(text)
    return Source(doc_id_of(data), source_path, "html", text, encoding)


def page_text(soup: BeautifulSoup) -> str:
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(_is_furniture):
        tag.decompose()
    main = soup.find("article") or soup.find("main") or _densest(soup) or soup
    lines: list[str] = []
    _render(main, lines, [""])
    return "\n".join(line.strip() for line in lines if line.strip())


def _is_furniture(tag: Tag) -> bool:
    if tag.attrs is None or tag.name in ("body", "html"):
        return False
    words = " ".join([tag.get("id") or "", *(tag.get("class") or []), tag.get("role") or ""])
    return bool(words.strip()) and bool(_FURNITURE.search(words))


def _densest(soup: BeautifulSoup) -> Tag | None:
    """The element whose paragraphs hold the most text (a paragraph counts fully for its
    parent and half for its grandparent, so the text's own container wins over the page)."""
    scores: dict[int, float] = {}
    tags: dict[int, Tag] = {}
    for para in soup.find_all(["p", "tr", "li", "h1", "h2", "h3", "h4"]):
        size = len(para.get_text(" ", strip=True))
        if size < 2:
            continue
        for weight, parent in zip((1.0, 0.5), (para.parent, para.parent.parent if para.parent else None), strict=True):
            if isinstance(parent, Tag) and parent.name not in ("table", "tbody", "thead", "ul", "ol"):
                scores[id(parent)] = scores.get(id(parent), 0) + weight * size
                tags[id(parent)] = parent
            elif isinstance(parent, Tag):  # a table or list: credit the element around it
                holder = parent.find_parent(lambda t: t.name not in ("table", "tbody", "thead", "ul", "ol"))
                if holder is not None:
                    scores[id(holder)] = scores.get(id(holder), 0) + weight * size
                    tags[id(holder)] = holder
    if not scores:
        return None
    return tags[max(scores, key=scores.get)]


def _render(node: Tag, lines: list[str], current: list[str]) -> None:
    """Append the node's text to `lines`, one line per block; `current` is the open line."""
    for child in node.children:
        if isinstance(child, NavigableString):
            if type(child) is NavigableString:  # not a comment, doctype or CDATA
                current[0] += _SPACES.sub(" ", str(child))
            continue
        if not isinstance(child, Tag):
            continue
        if child.name == "br":
            _close(lines, current)
        elif child.name == "tr":
            _close(lines, current)
            cells = [_SPACES.sub(" ", c.get_text(" ")).strip() for c in child.find_all(["td", "th"], recursive=False)]
            if any(cells):
                lines.append(" | ".join(cells))
        elif child.name == "ol":
            _close(lines, current)
            for number, item in enumerate(child.find_all("li", recursive=False), start=_int(child.get("start"), 1)):
                current[0] = _list_label(number, child.get("type")) + " "
                _render(item, lines, current)
                _close(lines, current)
        elif child.name in _BLOCK:
            _close(lines, current)
            _render(child, lines, current)
            _close(lines, current)
        else:
            _render(child, lines, current)


def _close(lines: list[str], current: list[str]) -> None:
    if current[0].strip():
        lines.append(current[0])
    current[0] = ""


def _int(value, default: int) -> int:
    return int(value) if isinstance(value, str) and value.isdigit() else default


def _list_label(number: int, kind: str | None) -> str:
    fmt = {"I": "upperRoman", "i": "lowerRoman", "A": "upperLetter", "a": "lowerLetter"}.get(kind or "", "decimal")
    return format_number(number, fmt) + ("." if fmt != "lowerLetter" else ")")
