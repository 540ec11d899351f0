/*
 * How lines make up an export: the channel header and the anatomy of a post.
 *
 * Every token of this grammar is one whole line, but for BLANK, which in a post of the spaced
 * layout stands for a run of blank lines with the same text. TgLineParser says what a line is;
 * where the context decides, the Java code retypes it before this grammar sees it: lines that repeat the
 * post (ECHO), the two lines of a reply preview (REPLY_AUTHOR, REPLY_SNIPPET), counter lines,
 * which are counters only inside the header, and a duration ("0:14"), which is one only right
 * before the placeholder of the video it belongs to. The same Java code cuts the input into
 * post-sized pieces (see docs/format.md, "Where one post ends"); this grammar parses each piece.
 */
parser grammar TgExportParser;

tokens {
    BLANK, TEXT, BULLET, HASHTAGS, LINK, SEPARATOR_LINE, OMISSION_LINE,
    FORWARDED, MEDIA_TOO_BIG_LINE, VIDEO_NOT_SUPPORTED_LINE, DURATION_LINE, OPEN_IN_TELEGRAM_LINE,
    VIEW_IN_TELEGRAM_LINE,
    DOWNLOAD_TELEGRAM_LINE, SUBSCRIBERS_LINE, PHOTOS_LINE, VIDEOS_LINE, FILES_LINE, LINKS_LINE,
    REACTIONS, REPLY_AUTHOR, REPLY_SNIPPET, ECHO
}

// ---- The channel header ---------------------------------------------------------------------

// Title, counters in their fixed order (each may be absent), description, "Download Telegram".
header
    : title subscribers? photos? videos? files? links? description DOWNLOAD_TELEGRAM_LINE EOF
    ;

// The channel's name, any text: "Russian MFA 🇷🇺".
title : TEXT | BULLET | HASHTAGS | LINK ;

subscribers : SUBSCRIBERS_LINE ;
photos      : PHOTOS_LINE ;
videos      : VIDEOS_LINE ;
files       : FILES_LINE ;
links       : LINKS_LINE ;

// Free text about the channel; may span lines and hold blank lines.
description : descriptionLine* ;
descriptionLine
    : BLANK | TEXT | BULLET | HASHTAGS | LINK | SEPARATOR_LINE | OMISSION_LINE
    | SUBSCRIBERS_LINE | PHOTOS_LINE | VIDEOS_LINE | FILES_LINE | LINKS_LINE
    ;

// ---- A post ----------------------------------------------------------------------------------

// One post, from its forwarded line to its reactions line. Between the frame lines stands the
// post's own text: blocks, separated by blank lines in the spaced layout. (The text is not a
// rule of its own so that a stray line inside it costs that line only: error recovery skips it
// and goes on with the next block.)
post
    : forwarded? replyPreview? leadingMedia* (BLANK | block)* echo? trailingPlaceholder* reactions? EOF
    ;

// "Forwarded from <source>".
forwarded : FORWARDED ;

// The replied-to post's author, then the start of its text cut with "…".
replyPreview : REPLY_AUTHOR REPLY_SNIPPET ;

// A media item shown before the text, which the preview page cannot show: "Media is too big" or,
// for a video, "This media is not supported in your browser", then "VIEW IN TELEGRAM"; a video's
// duration ("0:14") stands before it. An album has one per item. It opens the post.
leadingMedia : DURATION_LINE? (MEDIA_TOO_BIG_LINE | VIDEO_NOT_SUPPORTED_LINE) VIEW_IN_TELEGRAM_LINE ;

block
    : paragraph
    | bullet
    | hashtags
    | link
    | separator
    | omission
    ;

// Text lines with no blank line between them. In the compact layout, which has no blank
// lines, each line is a paragraph of its own.
paragraph : TEXT+ ;

bullet    : BULLET ;
hashtags  : HASHTAGS ;
link      : LINK ;
separator : SEPARATOR_LINE ;
omission  : OMISSION_LINE ;

// Compact layout: the post's lines 2..n repeated right after line n.
echo : ECHO+ ;

// "Please open Telegram to view this post" / "VIEW IN TELEGRAM", once per media item.
trailingPlaceholder : OPEN_IN_TELEGRAM_LINE VIEW_IN_TELEGRAM_LINE ;

// "👍8❤3👏2": ends the post.
reactions : REACTIONS ;
