package org.peerpath.api.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peerpath.api.agency.BillingRounding;

class BillingUnitsTest {

    @ParameterizedTest(name = "{0} minutes make {1} units")
    @CsvSource({ "1,0", "7,0", "8,1", "15,1", "22,1", "23,2", "30,2", "37,2", "38,3", "240,16", "300,20" })
    void theEightMinuteRuleRoundsFromTheEighthMinute(int minutes, int units) {
        assertThat(BillingUnits.forSession(BillingRounding.EIGHT_MINUTE_RULE, minutes, 0, 100)).isEqualTo(units);
    }

    @ParameterizedTest(name = "{0} minutes make {1} whole units")
    @CsvSource({ "7,0", "8,0", "14,0", "15,1", "22,1", "23,1", "29,1", "30,2" })
    void wholeUnitsOnlyCountsFullQuarterHours(int minutes, int units) {
        assertThat(BillingUnits.forSession(BillingRounding.WHOLE_UNITS_ONLY, minutes, 0, 100)).isEqualTo(units);
    }

    @Test
    void theDailyCapLimitsWhatIsLeftForTheDay() {
        assertThat(BillingUnits.forSession(BillingRounding.EIGHT_MINUTE_RULE, 300, 0, 16)).isEqualTo(16);
        assertThat(BillingUnits.forSession(BillingRounding.EIGHT_MINUTE_RULE, 60, 14, 16)).isEqualTo(2);
        assertThat(BillingUnits.forSession(BillingRounding.EIGHT_MINUTE_RULE, 60, 16, 16)).isZero();
        assertThat(BillingUnits.forSession(BillingRounding.EIGHT_MINUTE_RULE, 60, 20, 16)).isZero();
    }
}
