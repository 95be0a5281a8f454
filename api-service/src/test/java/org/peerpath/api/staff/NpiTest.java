package org.peerpath.api.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NpiTest {

    @Test
    void theCheckDigitIsLuhnOverThePrefixedNumber() {
        // CMS's worked example: 123456789 has check digit 3
        assertThat(Npi.isValid("1234567893")).isTrue();
        assertThat(Npi.isValid("1245319599")).isTrue();
        for (int digit = 0; digit <= 9; digit++) {
            if (digit != 3) {
                assertThat(Npi.isValid("123456789" + digit)).as("check digit %d", digit).isFalse();
            }
        }
        assertThat(Npi.isValid("1234567839")).isFalse();
        assertThat(Npi.isValid("123456789")).isFalse();
        assertThat(Npi.isValid("12345678930")).isFalse();
        assertThat(Npi.isValid("12345678a3")).isFalse();
        assertThat(Npi.isValid(null)).isFalse();
    }
}
