"""A line of context around the first word found: what a result shows under its title.

It leaves as fragments, `[{"text": "…sold as ", "mark": false}, {"text": "Narcan", "mark":
true}, ...]`, never as HTML: the front end escapes every fragment and marks the found ones, so
nothing an editor or a visitor typed can become markup."""

import re

# About a phone screen's two lines of text.
WIDTH = 160
BEFORE = 50
ELLIPSIS = "…"


def word_pattern(words):
    """The words as a visitor may have meant them: at a word's start, in any case, with the
    word's ending free ("condom" finds "condoms"; "condoms" finds "condom"), as the full-text
    search found them."""
    # Short words ("in", "of") would mark half a line; they are marked only when alone.
    long_words = [word for word in words if len(word) > 2]
    stems = []
    for word in long_words or words:
        stem = word[:-1] if len(word) > 3 and word[-1] in "sS" else word
        stems.append(re.escape(stem))
    if not stems:
        return None
    return re.compile(
        r"\b(?:" + "|".join(sorted(set(stems), key=len, reverse=True)) + r")\w*", re.I
    )


def tidy(text):
    """One line: blocks of a page are indexed as "text, text": a comma after a sentence's end
    is dropped, and every run of spaces is one."""
    text = re.sub(r"\s+", " ", text or "").strip()
    return re.sub(r"([.!?:;])\s*,\s", r"\1 ", text)


def fragments(text, pattern):
    out = []
    position = 0
    for match in pattern.finditer(text):
        if match.start() > position:
            out.append({"text": text[position : match.start()], "mark": False})
        out.append({"text": match.group(), "mark": True})
        position = match.end()
    if position < len(text):
        out.append({"text": text[position:], "mark": False})
    return out


def context_line(text, pattern, width=WIDTH):
    """The fragments of about `width` characters of `text` around the first match of
    `pattern`, with every match in them marked; None when `text` has no match."""
    text = tidy(text)
    match = pattern.search(text) if pattern else None
    if match is None:
        return None
    start = max(0, match.start() - BEFORE)
    if start:  # from the start of a word
        space = text.find(" ", start, match.start())
        start = space + 1 if space != -1 else start
    end = min(len(text), start + width)
    if end < len(text):  # to the end of a word
        space = text.rfind(" ", match.end(), end)
        end = space if space != -1 else end
    line = fragments(text[start:end], pattern)
    if start:
        line.insert(0, {"text": ELLIPSIS, "mark": False})
    if end < len(text):
        line.append({"text": ELLIPSIS, "mark": False})
    return line


def opening_line(text, width=WIDTH):
    """The start of `text`, unmarked: the context of a result found by a word's stem or by
    its title alone."""
    text = tidy(text)
    if not text:
        return []
    if len(text) <= width:
        return [{"text": text, "mark": False}]
    cut = text.rfind(" ", 0, width)
    return [{"text": text[: cut if cut > 0 else width] + ELLIPSIS, "mark": False}]


def first_context(texts, pattern):
    """The context of the first of `texts` where a word is found, else the start of the
    first that has any text."""
    for text in texts:
        line = context_line(text, pattern)
        if line:
            return line
    return next((line for line in map(opening_line, texts) if line), [])
