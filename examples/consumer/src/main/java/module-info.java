/** Uses tgtext as a named module. */
module io.github.tgtext.consumer {
    requires io.github.tgtext;
}
