package org.peerpath.api.common.json;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.peerpath.common.error.ProblemException;
import org.peerpath.model.problem.FieldError;
import org.peerpath.model.problem.ProblemType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Applies a merge patch to the patchable view of a resource (a record) and validates the result with the record's
 * Bean Validation constraints, so a patch obeys the same rules as a create.
 */
@ApplicationScoped
public class Patches {

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    public <T extends Record> T apply(T current, JsonNode patch, Class<T> type) {
        Set<String> fields = Arrays.stream(type.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toSet());
        ObjectNode merged = MergePatch.apply(json.valueToTree(current), patch, fields);
        T result;
        try {
            result = json.treeToValue(merged, type);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The field '" + field + "' has the wrong type.",
                    List.of(new FieldError(field.isEmpty() ? "request" : field, "has the wrong type or format")));
        } catch (JsonProcessingException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The merge patch could not be read.");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(result);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return result;
    }
}
