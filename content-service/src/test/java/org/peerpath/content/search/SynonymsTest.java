package org.peerpath.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SynonymsTest {

    private final Synonyms synonyms = Synonyms.fromSeeds();

    @Test
    void aPhraseOfAGroupBringsTheOthers() {
        assertThat(synonyms.alternativesFor("Narcan for my peer")).contains("naloxone", "harm reduction")
                .doesNotContain("narcan");
        assertThat(synonyms.alternativesFor("is MOUD allowed")).contains("medication for opioid use disorder", "mat");
    }

    @Test
    void stigmatizingPhrasesAreShownPersonFirst() {
        assertThat(synonyms.shown("addict")).isEqualTo("person who uses drugs");
        assertThat(synonyms.shown("relapse")).isEqualTo("recurrence of use");
        assertThat(synonyms.shown("clean needles")).isEqualTo("harm reduction");
        assertThat(synonyms.shown("grounding")).isEqualTo("grounding");
    }

    @Test
    void aLapseIsNotARelapse() {
        assertThat(synonyms.alternativesFor("a slip last weekend")).contains("lapse")
                .doesNotContain("relapse", "recurrence of use");
    }

    @Test
    void crisisSubjectsPutTheSafetyStepsFirst() {
        assertThat(synonyms.firstFor("they want to kill themselves"))
                .startsWith("strategy:crisis-and-de-escalation.identify-and-assess-the-level-of-crisis");
        assertThat(synonyms.firstFor("box breathing")).isEmpty();
    }
}
