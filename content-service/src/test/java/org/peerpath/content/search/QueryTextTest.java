package org.peerpath.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class QueryTextTest {

    @Test
    void wordsAndPhrasesAreTermsAndMinusExcludes() {
        QueryText text = QueryText.parse("Angry peer \"box breathing\" or -yoga -\"tai chi\"");
        assertThat(text.terms()).containsExactly("angry", "peer", "box breathing");
        assertThat(text.noneOf()).isEqualTo("yoga or \"tai chi\"");
    }

    @Test
    void punctuationAndRepeatsAreDropped() {
        assertThat(QueryText.parse("peer, peer?! what's -").terms()).isEqualTo(List.of("peer", "what's"));
    }
}
