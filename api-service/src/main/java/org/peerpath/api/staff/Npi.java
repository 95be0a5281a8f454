package org.peerpath.api.staff;

/**
 * The National Provider Identifier's check digit: Luhn over the ten digits prefixed with the card issuer code 80840
 * (CMS, "NPI Check Digit"). A typo in an NPI would otherwise reach every EHR as a wrong practitioner.
 */
public final class Npi {

    public static final String SYSTEM = "http://hl7.org/fhir/sid/us-npi";

    private static final String PREFIX = "80840";

    private Npi() {
    }

    /** Whether the value is ten digits whose last is the Luhn check digit of the first nine. */
    public static boolean isValid(String value) {
        if (value == null || !value.matches("[0-9]{10}")) {
            return false;
        }
        String digits = PREFIX + value;
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (twice) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
