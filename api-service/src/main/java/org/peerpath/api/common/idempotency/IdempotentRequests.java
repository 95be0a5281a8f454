package org.peerpath.api.common.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.common.error.ProblemException;
import org.peerpath.model.problem.ProblemType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code Idempotency-Key} on POST (DESIGN.md section 6): the key is claimed and the answer stored in the transaction
 * of the write itself, so a retry either finds the committed answer and replays it, or finds nothing because the
 * first attempt rolled back, and runs again. The same key with another request is a 422.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final int MAX_KEY_LENGTH = 255;

    @Inject
    IdempotencyRepository records;

    @Inject
    ObjectMapper json;

    /**
     * Runs {@code action} once per key and caller.
     *
     * @param operation names the operation and its target (e.g. {@code createSession /v1/peers/…}); part of the
     *                  request's fingerprint, with the body
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Outcome<T> run(String organization, String subject, String key, String operation, Object request,
            Class<T> responseType, Supplier<Outcome<T>> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw ProblemException.invalidField("Idempotency-Key",
                    "must be 1 to 255 visible ASCII characters, such as a UUID");
        }
        String hash = fingerprint(operation, request);
        if (records.claim(organization, subject, key, hash)) {
            Outcome<T> outcome = action.get();
            IdempotencyRecord record = records.findKey(organization, subject, key).orElseThrow();
            record.responseStatus = outcome.status();
            record.responseBody = write(outcome.body());
            record.etag = outcome.etag();
            record.location = outcome.location();
            return outcome;
        }
        IdempotencyRecord stored = records.findKey(organization, subject, key).orElseThrow();
        if (!stored.requestHash.equals(hash)) {
            throw new ProblemException(ProblemType.UNPROCESSABLE,
                    "This Idempotency-Key was used for a different request; use a new key for a new request.");
        }
        if (stored.responseStatus == null) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "A request with this Idempotency-Key is still being processed; retry shortly.");
        }
        return new Outcome<>(stored.responseStatus, read(stored.responseBody, responseType), stored.location,
                stored.etag, true);
    }

    private String fingerprint(String operation, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(operation.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(write(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not store a response for Idempotency-Key replay", e);
        }
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not read a stored response for Idempotency-Key replay", e);
        }
    }
}
