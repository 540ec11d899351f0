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
    REACTIONS, REPLY_AUTHOR, REPLY_SNIPPET, ECHO,
    VERIFIED_LINE, USERNAME_LINE, PAGE_LINK_LINE, TOP_BAR_TITLE,
    AUTHOR_LINE, PREVIEW_SITE, PREVIEW_TITLE, PREVIEW_DESCRIPTION, FOOTER,
    POLL_QUESTION, POLL_KIND_LINE, PERCENT_LINE, POLL_OPTION, DOCUMENT_NAME, FILE_SIZE_LINE,
    ROUND_VIDEO_DURATION
}

// ---- The channel header ---------------------------------------------------------------------

// Title, counters in their fixed order (each may be absent), description, "Download Telegram".
// A copy of the whole page has the channel's badge and username below the title, and the page's
// own lines after "Download Telegram"; it may start with blank lines.
header
    : BLANK* title verified? username? subscribers? photos? videos? files? links? description
      DOWNLOAD_TELEGRAM_LINE pageTop? EOF
    ;

// The channel's name, any text: "Russian MFA 🇷🇺".
title : TEXT | BULLET | HASHTAGS | LINK ;

// " ✔": the channel is verified.
verified : VERIFIED_LINE ;

// "@durov": the channel's username.
username : USERNAME_LINE ;

subscribers : SUBSCRIBERS_LINE ;
photos      : PHOTOS_LINE ;
videos      : VIDEOS_LINE ;
files       : FILES_LINE ;
links       : LINKS_LINE ;

// Free text about the channel; may span lines and hold blank lines.
description : descriptionLine* ;
descriptionLine
    : BLANK | TEXT | BULLET | HASHTAGS | LINK | SEPARATOR_LINE | OMISSION_LINE | USERNAME_LINE
    | SUBSCRIBERS_LINE | PHOTOS_LINE | VIDEOS_LINE | FILES_LINE | LINKS_LINE
    ;

// In a copy of the whole page: the page's links ("About", "Blog", "Apps", "Platform", "Join"),
// then its top bar, which names the channel again: title, badge, subscribers.
pageTop : PAGE_LINK_LINE+ topBar? | topBar ;
topBar  : TOP_BAR_TITLE VERIFIED_LINE? SUBSCRIBERS_LINE? ;

// ---- A post ----------------------------------------------------------------------------------

// One post, from its forwarded line (or, in a copy of the whole page, the channel's name above
// it) to its reactions line (or footer). Between the frame lines stands the post's own text:
// blocks, separated by blank lines in the spaced layout. (The text is not a rule of its own so
// that a stray line inside it costs that line only: error recovery skips it and goes on with
// the next block.) Media items stand above the text, or below it in a post that shows its text
// above its media.
post
    : author? forwarded? replyPreview? media* (BLANK | block)* media* echo? trailingPlaceholder* linkPreview?
      reactions? footer? EOF
    ;

// In a copy of the whole page: the channel's name, above each post.
author : AUTHOR_LINE ;

// "Forwarded from <source>".
forwarded : FORWARDED ;

// The replied-to post's author, then the start of its text cut with "…".
replyPreview : REPLY_AUTHOR REPLY_SNIPPET ;

// A media item the preview page cannot show: "Media is too big" or, for a video, "This media is
// not supported in your browser", then "VIEW IN TELEGRAM"; a video's duration ("0:14") stands
// before it, or, for a round video, after it. An album has one per item.
media
    : DURATION_LINE? (MEDIA_TOO_BIG_LINE | VIDEO_NOT_SUPPORTED_LINE) VIEW_IN_TELEGRAM_LINE
    | VIDEO_NOT_SUPPORTED_LINE VIEW_IN_TELEGRAM_LINE ROUND_VIDEO_DURATION
    ;

// A piece of the post's text.
block
    : paragraph
    | bullet
    | hashtags
    | link
    | separator
    | omission
    | poll
    | document
    ;

// Text lines with no blank line between them. In the compact layout, which has no blank
// lines, each line is a paragraph of its own.
paragraph : TEXT+ ;

bullet    : BULLET ;
hashtags  : HASHTAGS ;
link      : LINK ;
separator : SEPARATOR_LINE ;
omission  : OMISSION_LINE ;

// A poll: its question (which may run over lines), its kind ("Anonymous Poll"), then each
// option's share of the votes ("28%") and its text.
poll       : POLL_QUESTION (BLANK | POLL_QUESTION)* POLL_KIND_LINE pollOption+ ;
pollOption : PERCENT_LINE POLL_OPTION ;

// A file attached to the post: its name, then its size ("2.1 MB").
document : DOCUMENT_NAME FILE_SIZE_LINE ;

// Compact layout: the post's lines 2..n repeated right after line n.
echo : ECHO+ ;

// "Please open Telegram to view this post" / "VIEW IN TELEGRAM", once per media item.
trailingPlaceholder : OPEN_IN_TELEGRAM_LINE VIEW_IN_TELEGRAM_LINE ;

// The preview of a page the post links to, after the text and placeholders: the site's name,
// the page's title, its description (which may run over lines); any of them may be missing.
linkPreview
    : PREVIEW_SITE PREVIEW_TITLE? PREVIEW_DESCRIPTION*
    | PREVIEW_TITLE PREVIEW_DESCRIPTION*
    | PREVIEW_DESCRIPTION+
    ;

// "👍8❤3👏2", "26.7K44.2K": ends the post, but for a footer.
reactions : REACTIONS ;

// In a copy of the whole page: "2.19M viewsPavel Durov, edited  22:36"; ends the post.
footer : FOOTER ;
