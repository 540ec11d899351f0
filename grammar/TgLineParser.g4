/*
 * What one line of an export is.
 *
 * The rule `line` is applied to each physical line on its own. Its alternatives are tried in
 * the order written, and the first one that matches the whole line wins: "Read in full" is a
 * link label, not a text line; "👍1" is a reactions line, not a bullet. (The parser runs in
 * SLL prediction mode, which resolves every such overlap to the first alternative.)
 *
 * Whether a line is a title, part of a reply preview, part of an echo, or the end of a post
 * is not a property of the line alone; TgExportParser and the Java code around it decide that.
 */
parser grammar TgLineParser;

options { tokenVocab = TgTextLexer; }

// One line, classified.
line
    : blankLine
    | forwardedLine
    | mediaTooBigLine
    | videoNotSupportedLine
    | durationLine
    | openInTelegramLine
    | viewInTelegramLine
    | downloadTelegramLine
    | counterLine
    | footerLine
    | pageLinkLine
    | pollKindLine
    | percentLine
    | fileSizeLine
    | mentionLine
    | reactionsLine
    | separatorLine
    | omissionLine
    | hashtagLine
    | linkLabelLine
    | bulletLine
    | textLine
    ;

// An empty line, or one holding only white space: separates paragraphs in the spaced layout.
blankLine : SPACE? EOF ;

// "Forwarded from Russian MFA 🇷🇺": the post was forwarded from that source.
forwardedLine : FORWARDED_FROM SPACE source EOF ;
source        : ~EOF+ ;

// "Media is too big": first line of a leading media placeholder.
mediaTooBigLine : MEDIA_TOO_BIG SPACE? EOF ;

// "This media is not supported in your browser": first line of a video's placeholder.
videoNotSupportedLine : VIDEO_NOT_SUPPORTED SPACE? EOF ;

// "0:14", "1:02:05": a video's duration, on the line before its placeholder.
durationLine : CLOCK_TIME SPACE? EOF ;

// "Please open Telegram to view this post": first line of a trailing media placeholder.
openInTelegramLine : OPEN_IN_TELEGRAM SPACE? EOF ;

// "VIEW IN TELEGRAM": second line of a media placeholder.
viewInTelegramLine : VIEW_IN_TELEGRAM SPACE? EOF ;

// "Download Telegram": the last line of the channel header.
downloadTelegramLine : DOWNLOAD_TELEGRAM SPACE? EOF ;

// A channel counter: "53.6K subscribers", "3 files", "1 link".
counterLine : count=NUMBER SPACE counterUnit SPACE? EOF ;
counterUnit : SUBSCRIBERS | PHOTOS | VIDEOS | FILES | LINKS ;

// A post's footer in a copy of the whole page: a poll's voters, its views, the name the channel signs it with (if
// it signs its posts), "edited" if it was, and the time it was sent, written together:
// "2.19M viewsPavel Durov, edited  22:36", "19.4K viewsedited  12:56", "104K views13:33".
footerLine : VOTERS? VIEWS signature? EDITED? SPACE? CLOCK_TIME SPACE? EOF ;
// "Pavel Durov, ": the name the post is signed with, up to its comma.
signature  : ~EOF+? COMMA SPACE? ;

// "Anonymous Poll": the line after a poll's question.
pollKindLine : POLL_KIND SPACE? EOF ;

// "28%": a poll option's share, on the line before the option's text.
percentLine : PERCENT SPACE? EOF ;

// "2.1 MB": a document's size, on the line below its name.
fileSizeLine : FILE_SIZE SPACE? EOF ;

// One of the page's own links, in a copy of the whole page: "About", "Blog", "Join".
pageLinkLine : PAGE_LINK SPACE? EOF ;

// A line holding one mention only: "@durov", the channel's username below its title.
mentionLine : MENTION SPACE? EOF ;

// Reaction counters with no space between them: "👍8❤3👏2", "👍1.2K". A custom (premium) emoji
// or a paid star cannot be shown as text, so its reaction is its count alone, and counts stand
// side by side: "26.7K44.2K25.4K", "1👍2.4K😁514", "👍12" then counts only. Where one count ends
// and the next begins inside such a run is not a property of tokens; ReactionCounts decides it.
reactionsLine  : (countRun | emojiReaction) emojiReaction* SPACE? EOF ;
emojiReaction  : EMOJI countRun ;
countRun       : (NUMBER | COUNT_RUN)+ ;

// "***" alone on its line.
separatorLine : SEPARATOR SPACE? EOF ;

// "<...>" alone on its line.
omissionLine : OMISSION SPACE? EOF ;

// A line of hashtags only: "#RussiaChina #UNGA79".
hashtagLine : HASHTAG (SPACE HASHTAG)* SPACE? EOF ;

// A built-in link label, maybe behind a marker: "Read in full", "👉 Read in full", "📰 Read".
// Labels the user configures (TgTextParser.Builder#linkLabels) are not part of the format;
// LineClassifier recognises them on lines that this grammar calls bullets or text.
linkLabelLine : (marker SPACE?)? LINK_TEXT SPACE? EOF ;

// An emoji or bullet symbol leading a line, then usually a space: "🔹 Ukrainian crisis",
// "• Africa has ...", "🇷🇺🇨🇳 On May 4, ...", "⚡️Welcome back!", "⬆️⬆️⬆️".
bulletLine : marker SPACE? bulletText? EOF ;
marker     : EMOJI+ | BULLET_SYMBOL ;
bulletText : ~EOF+ ;

// Any other line: plain text. A line led by an emoji or bullet symbol is never text (it is a
// bullet if nothing above matches); saying so lets the parser tell text from a bullet by the
// first token, instead of reading both to the end of the line.
textLine : ~(EMOJI | BULLET_SYMBOL | EOF) ~EOF* EOF ;
