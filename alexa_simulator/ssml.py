"""SSML read the way a listener hears it: plain text for people and assertions, and a version
espeak-ng can speak (it knows standard SSML but not Alexa's own tags).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html import unescape
from xml.sax.saxutils import escape, quoteattr

_SPELLED = {"digits", "characters", "spell-out", "telephone"}
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?])")


def _parse(ssml: str) -> ET.Element | None:
    text = ssml.strip()
    if not text.startswith("<speak"):
        text = f"<speak>{text}</speak>"
    try:
        return _strict_parse(text)
    except ET.ParseError:
        return None


def _strict_parse(text: str) -> ET.Element:
    # Alexa's amazon: tags carry a prefix that is never declared; declare it for the parser.
    if "xmlns:amazon" not in text:
        text = text.replace("<speak", '<speak xmlns:amazon="https://amazon.com/ssml"', 1)
    return ET.fromstring(text)


def check(ssml: str) -> str | None:
    """Why Alexa would reject this SSML (not <speak>, not well-formed XML), else None."""
    text = ssml.strip()
    if not (text.startswith("<speak>") or text.startswith("<speak ")):
        return "SSML must start with <speak>"
    try:
        _strict_parse(text)
    except ET.ParseError as exc:
        return f"SSML is not well-formed XML ({str(exc).split(':')[0]})"
    return None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _spelled(text: str) -> str:
    return " ".join(ch for ch in text if not ch.isspace())


def to_text(ssml: str | None) -> str:
    """What the listener hears, as text: tags gone, <sub> aliases and spelled digits applied."""
    if not ssml:
        return ""
    root = _parse(ssml)
    if root is None:
        return _tidy(unescape(_TAG.sub(" ", ssml)))
    parts: list[str] = []

    def walk(node: ET.Element) -> None:
        tag = _local(node.tag)
        if tag == "sub" and node.get("alias") is not None:
            parts.append(f" {node.get('alias')} ")
        elif tag == "say-as" and node.get("interpret-as") in _SPELLED:
            parts.append(f" {_spelled(''.join(node.itertext()))} ")
        elif tag == "audio":
            parts.append(" [audio] ")
        else:
            if tag in {"p", "s", "break"}:
                parts.append(" ")
            parts.append(node.text or "")
            for child in node:
                walk(child)
                parts.append(child.tail or "")
            if tag in {"p", "s"}:
                parts.append(" ")

    walk(root)
    return _tidy("".join(parts))


def _tidy(text: str) -> str:
    return _SPACE_BEFORE_PUNCT.sub(r"\1", _SPACE.sub(" ", text)).strip()


def to_espeak(ssml: str) -> str:
    """SSML espeak-ng (-m) speaks well: Alexa-only tags unwrapped, <sub> and digits expanded."""
    root = _parse(ssml)
    if root is None:
        return f"<speak>{escape(to_text(ssml))}</speak>"
    out: list[str] = []

    def attrs(node: ET.Element, names: tuple[str, ...]) -> str:
        return "".join(f" {n}={quoteattr(node.get(n, ''))}" for n in names if node.get(n))

    def walk(node: ET.Element) -> None:
        tag = _local(node.tag)
        inner_open, inner_close = "", ""
        if tag == "sub" and node.get("alias") is not None:
            out.append(escape(node.get("alias", "")))
            return
        if tag == "say-as":
            kind = node.get("interpret-as", "")
            text = "".join(node.itertext())
            if kind in _SPELLED:
                out.append(escape(", ".join(_spelled(text).split()) if kind == "telephone"
                                  else _spelled(text)))
            else:
                out.append(escape(text))
            return
        if tag == "audio":
            return
        if tag == "break":
            out.append(f"<break{attrs(node, ('time', 'strength'))}/>")
            return
        if tag == "prosody":
            inner_open = f"<prosody{attrs(node, ('rate', 'pitch', 'volume'))}>"
            inner_close = "</prosody>"
        elif tag == "emphasis":
            inner_open = f"<emphasis{attrs(node, ('level',))}>"
            inner_close = "</emphasis>"
        elif tag in {"p", "s"}:
            inner_open, inner_close = f"<{tag}>", f"</{tag}>"
        elif tag == "speak":
            inner_open, inner_close = "<speak>", "</speak>"
        out.append(inner_open)
        out.append(escape(node.text or ""))
        for child in node:
            walk(child)
            out.append(escape(child.tail or ""))
        out.append(inner_close)

    walk(root)
    return "".join(out)
