/*
 * Tokens of one line of a Telegram channel's text export.
 *
 * The lexer is given a single line at a time, without its line break, so no token spans
 * two lines. Fixed phrases come first: where a phrase and a plain word match the same text,
 * the rule listed first wins, and a longer match always wins.
 */
lexer grammar TgTextLexer;

// ---- Fixed phrases of the web preview page -----------------------------------------------

// Opens a forwarded line: "Forwarded from" + space or NBSP + the source's name.
FORWARDED_FROM : 'Forwarded from' ;

// First line of a leading media placeholder (a media item too large for the preview).
MEDIA_TOO_BIG : 'Media is too big' ;

// First line of a trailing media placeholder (live streams, videos, album items).
OPEN_IN_TELEGRAM : 'Please open Telegram to view this post' ;

// First line of a video's placeholder, which the preview page cannot play.
VIDEO_NOT_SUPPORTED : 'This media is not supported in your browser' ;

// Second line of every media placeholder.
VIEW_IN_TELEGRAM : 'VIEW IN TELEGRAM' ;

// Last line of the channel header.
DOWNLOAD_TELEGRAM : 'Download Telegram' ;

// Units of the channel header's counters, singular or plural ("1 file", "3 files").
SUBSCRIBERS : 'subscriber' 's'? ;
PHOTOS      : 'photo' 's'? ;
VIDEOS      : 'video' 's'? ;
FILES       : 'file' 's'? ;
LINKS       : 'link' 's'? ;

// Built-in link labels: the visible text of a hyperlink, in any letter case
// ("Read in full", "READ IN FULL", "📰 Read", "🔴 Facebook").
LINK_TEXT options { caseInsensitive = true; }
    : 'read in full'
    | 'read more'
    | 'learn more'
    | 'watch in full'
    | 'read'
    | 'watch'
    | 'facebook'
    ;

// A copy of the whole page: the page's own links below the channel's info ("About", "Blog",
// "Apps", "Platform") and its top bar's button ("Join").
PAGE_LINK : 'About' | 'Blog' | 'Apps' | 'Platform' | 'Join' ;

// A copy of the whole page: a post's views in its footer, the number and the word written
// together with what follows ("2.19M viewsPavel Durov, 22:36").
VIEWS : NUMBER [ \u00A0] 'view' 's'? ;

// A copy of the whole page: a poll's voters in its post's footer ("1.15K voters11.7K views...").
VOTERS : NUMBER [ \u00A0] 'voter' 's'? ;

// A copy of the whole page: the footer of a post that was edited.
EDITED : 'edited' ;

// The kind of a poll, on the line after its question.
POLL_KIND : 'Anonymous Poll' | 'Public Poll' | 'Anonymous Quiz' | 'Quiz' ;

// A poll option's share of the votes: "28%".
PERCENT : [0-9]+ '%' ;

// A document's size, on the line below its name: "2.1 MB".
FILE_SIZE : NUMBER [ \u00A0] ('B' | 'KB' | 'MB' | 'GB') ;

// Separator between the parts of a post.
SEPARATOR : '***' ;

// Omission mark in a quotation, alone on its line or inline.
OMISSION : '<...>' ;

// ---- Inline entities -----------------------------------------------------------------------

// A hashtag: "#CIS", "#UNGA79", "#Россия".
HASHTAG : '#' [\p{L}\p{N}_]+ ;

// A mention of a channel or user: "@MID_Russia".
MENTION : '@' [a-zA-Z0-9_]+ ;

// A URL with a scheme ("https://mid.ru/en"), or a bare one with a path ("x.com/mfa_russia").
// Trailing punctuation belongs to the sentence, not to the URL.
URL
    : ('http' 's'? '://' | 'www.') (URL_CHAR* URL_LAST_CHAR)?
    | DOMAIN '/' (URL_CHAR* URL_LAST_CHAR)?
    ;

// A count as Telegram shows it: "646", "53.6K", "1.2M".
NUMBER : COUNT ;

// Counts written together, as reactions whose emoji is not shown are: "9.15K63K31.7K". (Without
// it, "63K31" would be read as a word.)
COUNT_RUN : COUNT COUNT+ ;

// A video's duration ("0:14", "1:02:05") or the time a post was sent ("22:36"): written alike.
CLOCK_TIME : [0-9]+ ':' [0-5] [0-9] (':' [0-5] [0-9])? ;

// ---- Emoji and bullets ---------------------------------------------------------------------

// One emoji as a user sees it (a grapheme cluster): a pictograph with its variation selector
// and skin tone, a flag (two regional indicators), a keycap ("8️⃣"), or a ZWJ sequence of these.
EMOJI : EMOJI_UNIT (ZWJ EMOJI_UNIT)* ;

// A non-emoji bullet symbol: "•", "◦", "▪", "‣", "–" used as a list marker.
BULLET_SYMBOL : [\u2022\u25E6\u2023\u2043\u2219\u25AA\u25AB\u25A0\u25CF\u25CB\u25BA\u25B6] VS16? ;

// ---- Everything else -----------------------------------------------------------------------

// Ends the signature in a post's footer ("Pavel Durov, 22:36"); elsewhere just punctuation.
COMMA : ',' ;

// Spaces, tabs and no-break spaces (U+00A0) between words.
SPACE : [ \t\u00A0]+ ;

// A run of letters, digits and underscores.
WORD : [\p{L}\p{N}_]+ ;

// Any other single character: punctuation, symbols, combining marks, controls.
OTHER : . ;

// ExtPict is the short name of Unicode's Extended_Pictographic property. ANTLR 4.13.2 accepts
// the long name too, but its set is then empty and no emoji matches (EmojiTest guards this).
fragment EMOJI_UNIT
    : [\p{ExtPict}] EMOJI_MODIFIER*
    | [\p{Regional_Indicator}] [\p{Regional_Indicator}]?
    | [0-9#*] VS16? KEYCAP
    ;
fragment EMOJI_MODIFIER : VS16 | [\p{Emoji_Modifier}] | [\u{E0020}-\u{E007F}] ;
fragment VS16           : '\uFE0F' ;
fragment KEYCAP         : '\u20E3' ;
fragment ZWJ            : '\u200D' ;

fragment COUNT          : [0-9]+ ('.' [0-9]+)? [KM]? ;
fragment DOMAIN         : [a-zA-Z0-9-]+ ('.' [a-zA-Z0-9-]+)* '.' [a-zA-Z] [a-zA-Z]+ ;
fragment URL_CHAR       : ~[ \t\u00A0] ;
fragment URL_LAST_CHAR  : ~[ \t\u00A0.,;:!?)\]'"»”] ;
