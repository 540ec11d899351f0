package io.github.tgtext.spark;

import io.github.tgtext.ChannelHeader;
import io.github.tgtext.Count;
import io.github.tgtext.Layout;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * What every row of a file repeats, so that a query needs no join: the file's name, layout,
 * and its channel's title and subscriber count. Made once per file, in Spark's string form.
 */
record FileContext(UTF8String source, UTF8String layout, UTF8String channelTitle, Long channelSubscribers) {

    static FileContext of(String source, Layout layout, Optional<ChannelHeader> header) {
        return new FileContext(UTF8String.fromString(source), UTF8String.fromString(layoutName(layout)),
                header.map(h -> UTF8String.fromString(h.title())).orElse(null),
                header.flatMap(ChannelHeader::subscribers).map(Count::value).orElse(null));
    }

    /** @return the layout as the JSON contract writes it: {@code spaced}, {@code compact} */
    static String layoutName(Layout layout) {
        return layout.name().toLowerCase(Locale.ROOT);
    }
}
