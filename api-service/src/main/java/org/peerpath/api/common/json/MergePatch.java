package org.peerpath.api.common.json;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peerpath.common.error.ProblemException;
import org.peerpath.model.problem.FieldError;
import org.peerpath.model.problem.ProblemType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON Merge Patch (RFC 7396): members replace, {@code null} removes, objects merge. */
public final class MergePatch {

    private MergePatch() {
    }

    /** Applies {@code patch} to a copy of {@code target}; refuses members not in {@code allowed} with a 400. */
    public static ObjectNode apply(ObjectNode target, JsonNode patch, Set<String> allowed) {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.invalidField("request", "must be a JSON object (a merge patch)");
        }
        List<FieldError> unknown = new ArrayList<>();
        patch.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                unknown.add(new FieldError(name, "cannot be changed by a patch"));
            }
        });
        if (!unknown.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    unknown.size() == 1 ? "One field is invalid." : unknown.size() + " fields are invalid.", unknown);
        }
        return (ObjectNode) merge(target.deepCopy(), patch);
    }

    private static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? (ObjectNode) target
                : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
