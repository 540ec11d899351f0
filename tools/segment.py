#!/usr/bin/env python3
"""A plain segmenter of Telegram text exports: the baseline of tgtext's end-to-end benchmark.

This is NOT part of tgtext. It is the script a user might write instead of using the library:
the standard library only, regular expressions, one pass over the file. `bench/cli.sh` times it
beside `tgtext parse` (docs/performance.md, "End to end: what users run"). It follows the main
boundary rules of docs/format.md and leaves out the rest (polls, documents, which post a reply
preview points to, the Telegram way of splitting runs of counts, the size limit in chars,
diagnostics, ...), so its posts are close to tgtext's, not always the same.

Usage: python3 tools/segment.py FILE > out.jsonl     (FILE may be - for standard input)

Writes one JSON object per post per line: source, index, lines {start, end} (1-based,
inclusive), forwardedFrom, text, hashtags, mentions, urls, reactions [{emoji, count}] (emoji
null for a count shown alone).
"""
import io
import json
import re
import sys
from collections import deque

# An emoji, roughly: pictographs, dingbats, arrows, flags, keycaps, VS16, ZWJ, skin tones, tags.
E = ('[\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u21ff\u2300-\u23ff\u24c2\u25a0-\u27bf'
     '\u2900-\u297f\u2b00-\u2bff\u3030\u303d\u3297\u3299\ufe0f\u200d\u20e3'
     '\U0001f000-\U0001faff\U000e0020-\U000e007f]')
COUNT = r'\d+(?:\.\d+)?[KM]?'
CLOCK = r'\d+:[0-5]\d(?::[0-5]\d)?'  # a duration (0:14, 1:02:05) or a time (22:36)
FORWARDED = re.compile('Forwarded from[ \u00a0](.+)')
LEADING_MEDIA = frozenset(('Media is too big', 'This media is not supported in your browser'))
DURATION = re.compile(CLOCK + r'\Z')
# Reactions: emoji and counts, no spaces (counts alone where the emoji is not shown: 26.7K44.2K).
# One char per alternative, so that a long run of digits cannot make the match backtrack.
REACTIONS = re.compile(rf'(?:{E}|\d|(?<=\d)\.(?=\d)|(?<=\d)[KM])+\Z')
REACTION = re.compile(rf'({E}+)?(\d{{1,3}}(?:\.\d{{1,2}})?[KM]|\d+(?:\.\d+)?[KM]?)')
HAS_EMOJI = re.compile(E)
# A page copy's footer: 2.19M viewsPavel Durov, 22:36 (a poll's voters first).
FOOTER = re.compile(rf'(?:{COUNT}[ \u00a0]voters?)?{COUNT}[ \u00a0]views?.*?{CLOCK}\s*\Z')
EMOJI_RUN = re.compile(f'{E}+')
LINK_LABEL = re.compile(rf'(?:{E}+\s*)?(?:read in full|read more|learn more|watch in full|read|watch|facebook)\Z',
                        re.IGNORECASE)
HASHTAG_LINE = re.compile(r'#\w+(?:\s+#\w+)*\Z')
# Hashtags and mentions; URLs by their scheme or their domain's ending (x.com/mfa_russia). Each
# pattern starts with a literal, which the regex engine finds quickly.
TAG_OR_MENTION = re.compile(r'#\w+|@\w\w+')
URL_AT = re.compile(r'https?://[^\s<>"]+|\.(?:com|org|net|ru|ua|by|me|io|co|gov|int|edu|info|uk|de|fr|tv|su|news'
                    r'|online|site)\b[^\s<>"]*')
NOT_IN_URL = frozenset(' \t\n\u00a0<>"(«')
PAGE_LINKS = frozenset(('About', 'Blog', 'Apps', 'Platform', 'Join'))
FINISHED = tuple('.!?…"”»’\')]')  # a line ending so reads as finished prose (or one of 150 chars)
NOT_A_NAME = tuple('.:;,!?…')
ENDS_COUNT = frozenset('0123456789KM')
MAX_POST_LINES = 16384
PREVIEW_LINES = 3  # a link preview (site, title, description) before the reactions or footer
PAGE_PREVIEW_LINES = 64  # in a copy of the whole page, a preview may hold paragraphs

BLANK, TEXT, FWD, DUR, MEDIA, VIEW, TRAIL, REACT, FOOT, LABEL, TAGS, REPLY, PREVIEW = range(13)  # line kinds


def classify(t):
    """The kind of a stripped line (whether a duration is one is told later, by the next line)."""
    if not t:
        return BLANK
    c = t[0]
    if c == 'F' and t.startswith('Forwarded from'):
        return FWD if FORWARDED.match(t) else TEXT
    if t in LEADING_MEDIA:
        return MEDIA
    if t == 'VIEW IN TELEGRAM':
        return VIEW
    if t == 'Please open Telegram to view this post':
        return TRAIL
    if t[-1] in ENDS_COUNT and ' ' not in t:
        if c.isdigit() and ':' in t and DURATION.match(t):
            return DUR
        if REACTIONS.match(t) and ('K' in t or 'M' in t or HAS_EMOJI.search(t)):
            return REACT
    if t[-1].isdigit() and 'view' in t and FOOTER.match(t):
        return FOOT
    if c == '#' and HASHTAG_LINE.match(t):
        return TAGS
    if len(t) < 40 and LINK_LABEL.match(t):
        return LABEL
    return TEXT


def read_lines(path):
    """The file's lines without line breaks: UTF-8 (BOM skipped) or UTF-16 with a BOM; LF, CRLF, CR."""
    raw = sys.stdin.buffer if path == '-' else open(path, 'rb')
    encoding = 'utf-16' if raw.peek(2)[:2] in (b'\xff\xfe', b'\xfe\xff') else 'utf-8-sig'
    with io.TextIOWrapper(raw, encoding=encoding, errors='replace', newline=None) as text:
        for line in text:
            yield line[:-1] if line.endswith('\n') else line


def skip_header(head):
    """The index of the first line after the channel header (and a page copy's top), and in a page
    copy the channel's name, which stands above every post."""
    for i, line in enumerate(head[:64]):
        t = line.strip()
        if t == 'Download Telegram':
            break
        if t and classify(t) in (FWD, MEDIA, TRAIL, REACT):
            return 0, None
    else:
        return 0, None
    title = next((line.strip() for line in head[:i] if line.strip()), None)
    i, page = i + 1, False
    while i < len(head) and head[i].strip() in PAGE_LINKS:
        i, page = i + 1, True
    if not page:
        return i, None
    top_bar = (lambda t: t == title, lambda t: t == '\u2714', lambda t: t.endswith((' subscribers', ' subscriber')))
    for is_next in top_bar:  # the title again, the verified badge, the subscriber counter
        if i < len(head) and is_next(head[i].strip()):
            i += 1
    return i, title


def spaced(head):
    """The spaced layout: two blank lines between lines, or one where the text does not echo."""
    texts = [bool(line.strip()) for line in head]
    if True not in texts:
        return False
    blanks = texts[texts.index(True):len(texts) - texts[::-1].index(True)].count(False)
    if blanks != 1:
        return blanks > 1
    lines, pairs = [line for line in head if line.strip()], set()
    for pair in zip(lines, lines[1:]):  # the echo: two lines in a row that stand in a row again
        if pair in pairs:
            return False
        pairs.add(pair)
    return True


class Segmenter:
    def __init__(self, source, is_spaced, author, out):
        self.source, self.spaced, self.author, self.out = source, is_spaced, author, out
        self.encode = json.JSONEncoder(ensure_ascii=False, separators=(',', ':')).encode
        self.index = 0
        self.preview_lines = PAGE_PREVIEW_LINES if author else PREVIEW_LINES
        self.reset(0)

    def reset(self, start):
        self.start = start      # the post's first line number; 0 between posts
        self.count = 0          # lines in the post
        self.frame = True       # only the forwarded line, a reply preview, leading media so far
        self.prev, self.prev_text = BLANK, ''  # the previous line's kind and stripped text
        self.forwarded = None
        self.text = []          # the text's lines (compact: those the echo repeats, until it does)
        self.reactions = []
        self.closing = None     # what may end the post before the next line
        self.echoes = []        # compact: [where the echo would start in text, lines matched]
        self.echo_done = self.reply_seen = self.reply_author = False
        self.preview = 0        # lines of a link preview still to come

    def line(self, number, s, t, kind, ahead):
        """Line `number`: `s` as read, `t` stripped, its kind; `ahead`: the next lines' (s, t, kind)."""
        nxt, nxt_kind = ahead[0][1:] if ahead else (None, None)
        if self.preview:
            kind, self.preview = PREVIEW, self.preview - 1
        elif kind == DUR and nxt_kind != MEDIA:  # else a duration only after a round video's placeholder
            kind = VIEW if self.frame and self.prev == VIEW else TEXT
        if self.prev == REPLY and self.reply_author:  # a reply preview's snippet
            kind, self.reply_author = REPLY, False
        elif kind == TEXT and nxt_kind == TEXT and nxt.endswith('…') and len(t) <= 64 and not t.endswith(NOT_A_NAME):
            kind = REPLY  # a reply preview's author: it may open a post, or end one (spaced: after prose)
        if self.start and self.ends_before(kind, t, ahead):
            self.flush(number - 1)
        if not self.start:
            self.reset(number)
        if kind == REPLY and self.prev != REPLY:
            if self.frame and not self.reply_seen:
                self.reply_author = self.reply_seen = True
            else:
                kind = TEXT
        self.count += 1
        self.take(s, t, kind)
        if self.count >= MAX_POST_LINES:
            self.flush(number)

    def ends_before(self, kind, t, ahead):
        """The boundary rules (docs/format.md): does the post end before this line?"""
        closing, prev = self.closing, self.prev
        if kind in (VIEW, PREVIEW):  # VIEW IN TELEGRAM is always a placeholder's second line
            return False
        if closing == 'footer':
            return True
        if closing == 'reactions':
            return kind != FOOT
        if closing in ('echo', 'trailing') and kind in (TEXT, LABEL, TAGS, REPLY) and self.preview_ahead(ahead):
            return False
        if closing == 'echo':
            return kind not in (REACT, TRAIL, FOOT)
        if kind == FWD:
            return not (self.author and self.count == 1 and self.frame)
        if kind in (DUR, MEDIA):
            return not self.frame and not self.author
        if kind == REPLY and prev == REPLY:
            return False
        if closing == 'trailing':
            return kind not in (TRAIL, REACT, FOOT)
        if self.author or not self.spaced or prev == BLANK or kind == BLANK:
            return False
        if prev in (LABEL, TAGS):  # after a link label or a hashtag line
            return kind not in (TRAIL, MEDIA, REACT, FOOT, LABEL) and not same_marker(self.prev_text, t)
        if prev == TEXT and (kind == REPLY or kind in (TEXT, LABEL, TAGS) and EMOJI_RUN.match(t)):
            p = self.prev_text  # finished prose, then an emoji or a reply preview
            return (p.endswith(FINISHED) or len(p) >= 150) and (kind == REPLY or not same_marker(p, t))
        return False

    def preview_ahead(self, ahead):
        """After trailing placeholders or an echo: does a link preview start here, reactions or a footer after it?"""
        for i, (_, _, kind) in enumerate(ahead):
            if kind in (REACT, FOOT):
                self.preview = i
                return True
            if not (kind in (TEXT, LABEL, TAGS, REPLY) or kind == BLANK and self.author) or i + 1 == self.preview_lines:
                return False
        return False

    def take(self, s, t, kind):
        if kind == FWD:
            self.forwarded = FORWARDED.match(t).group(1)
        elif kind in (DUR, MEDIA, REPLY, PREVIEW) or (kind == VIEW and self.frame):
            pass
        elif kind == VIEW:
            if self.prev == TRAIL:
                self.closing = 'trailing'
        elif kind == TRAIL:
            self.frame, self.closing = False, None
        elif kind == REACT:
            self.reactions.extend(REACTION.findall(t))
            self.closing = 'reactions'
        elif kind == FOOT:
            self.closing = 'footer'
        elif kind == BLANK:
            if self.text and not self.frame:
                self.text.append('')
        elif not (self.author and self.frame and self.count == 1 and t == self.author):  # a page copy's author
            self.frame = False
            if not self.spaced and not self.echo_done:
                self.echo(s)
            else:
                self.text.append(s)
        self.prev, self.prev_text = kind, t

    def echo(self, s):
        """Compact layout: the post is L1..Ln, then L2..Ln again; it ends after that echo."""
        text = self.text
        text.append(s)
        n, alive = len(text) - 1, []
        for begin, matched in self.echoes:
            if text[1 + matched] == s:
                if matched + 1 == begin - 1:  # text[begin:] == text[1:begin]
                    del text[begin:]
                    self.echo_done, self.closing, self.echoes = True, 'echo', []
                    return
                alive.append((begin, matched + 1))
        if n >= 2 and s == text[1]:
            if n == 2:  # L1 L2 L2: an echo of one line
                del text[2:]
                self.echo_done, self.closing, alive = True, 'echo', []
            else:
                alive.append((n, 1))
        self.echoes = alive

    def flush(self, end):
        text = self.text
        while text and not text[-1]:
            text.pop()
        body = ('\n' if self.spaced else '\n\n').join(text)
        hashtags, mentions, urls, last = [], [], [], 0
        for m in TAG_OR_MENTION.finditer(body):
            start = m.start()
            if start == 0 or not body[start - 1].isalnum():  # not mail@example.com
                (hashtags if body[start] == '#' else mentions).append(m.group())
        for m in URL_AT.finditer(body):
            start = m.start()
            if start < last:
                continue
            if body[start] == '.':  # a domain: back to the start of its word
                while start > last and body[start - 1] not in NOT_IN_URL:
                    start -= 1
            last = m.end()
            url = body[start:last].rstrip('.,;:!?)»"\'…')
            if '@' not in url or url.startswith('http'):  # not an e-mail address
                urls.append(url)
        self.out.write(self.encode({
            'source': self.source, 'index': self.index, 'lines': {'start': self.start, 'end': end},
            'forwardedFrom': self.forwarded, 'text': body, 'hashtags': hashtags, 'mentions': mentions,
            'urls': urls, 'reactions': [{'emoji': e or None, 'count': count(c)} for e, c in self.reactions]}))
        self.out.write('\n')
        self.index += 1
        self.start = 0


def same_marker(a, b):
    ma, mb = EMOJI_RUN.match(a), EMOJI_RUN.match(b)
    return ma is not None and mb is not None and ma.group() == mb.group()


def count(text):
    if text[-1] in 'KM':
        return round(float(text[:-1]) * (1000 if text[-1] == 'K' else 1_000_000))
    return int(float(text))


def main(argv):
    if len(argv) != 2:
        sys.stderr.write('usage: python3 tools/segment.py FILE > out.jsonl\n')
        return 2
    path = argv[1]
    out = open(sys.stdout.fileno(), 'w', encoding='utf-8', buffering=1 << 16, closefd=False)
    lines, head = read_lines(path), []
    try:
        for line in lines:  # the header and the layout are read off the first 10,000 lines
            head.append(line)
            if len(head) == 10_000:
                break
    except OSError as e:
        sys.stderr.write(f'segment.py: {path}: {e.strerror or e}\n')
        return 2
    first, author = skip_header(head)
    seg = Segmenter(path, author is not None or spaced(head[first:]), author, out)
    number, ahead = first, deque()  # ahead: the line being read and those after it, as (s, t, kind)
    try:
        for source in (head[first:], lines):
            for s in source:
                t = s.strip()
                ahead.append((s, t, classify(t)))
                if len(ahead) > seg.preview_lines:
                    number += 1
                    seg.line(number, *ahead.popleft(), ahead)
        while ahead:
            number += 1
            seg.line(number, *ahead.popleft(), ahead)
        if seg.start:
            seg.flush(number)
        out.flush()
    except BrokenPipeError:  # the reader went away (| head): stop quietly, with the status cat has
        sys.stderr.close()
        return 141
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
