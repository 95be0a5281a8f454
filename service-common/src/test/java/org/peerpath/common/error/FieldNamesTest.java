package org.peerpath.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** The field names a validation problem gives are the paths a client wrote in its JSON body. */
class FieldNamesTest {

    record Goal(@NotBlank String statement) {
    }

    record Request(
            @Size(max = 3) String title,
            List<@Pattern(regexp = "^[a-z]+$") String> techniques,
            List<@Valid Goal> goals,
            Map<String, @NotBlank String> labels) {
    }

    private final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void namesFollowTheJsonBody() {
        Request request = new Request("too long", List.of("ok", "Not OK"), List.of(new Goal("fine"), new Goal(" ")),
                Map.of("en", ""));
        List<String> fields = validator.validate(request).stream().map(ProblemMappers::fieldOf).sorted().toList();
        assertThat(fields).containsExactly("goals[1].statement", "labels[en]", "techniques[1]", "title");
    }
}
