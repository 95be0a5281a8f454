package org.peerpath.common.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Validates every rest-assured request and response against the service's own {@code /q/openapi} document. It is on
 * for every test (see {@link OpenApiContractCallback}); a test that sends a request which breaks the contract on
 * purpose (bad input, no token, an unknown route) adds {@link #requestBreaksContractOnPurpose()} to that request, and
 * then only the response is checked, when its path and method are in the document.
 */
public final class OpenApiContract implements Filter {

    private static final Filter ON_PURPOSE = (request, response, context) -> context.next(request, response);
    private static volatile OpenApiInteractionValidator validator;

    /** Marks one request as breaking the contract on purpose. */
    public static Filter requestBreaksContractOnPurpose() {
        return ON_PURPOSE;
    }

    @Override
    public Response filter(FilterableRequestSpecification requestSpec, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(requestSpec, responseSpec);
        OpenApiInteractionValidator contract = validator(requestSpec.getPort());
        Request request = RestAssuredRequest.of(requestSpec);
        ValidationReport report;
        if (requestSpec.getDefinedFilters().contains(ON_PURPOSE)) {
            report = contract.validateResponse(request.getPath(), request.getMethod(), RestAssuredResponse.of(response));
            report = ignoringUndocumentedPath(report);
        } else {
            report = contract.validate(request, RestAssuredResponse.of(response));
        }
        if (report.hasErrors()) {
            throw new AssertionError("The call " + request.getMethod() + " " + request.getPath()
                    + " breaks the OpenAPI document:\n" + report.getMessages().stream()
                            .map(message -> "  - [" + message.getKey() + "] " + message.getMessage())
                            .collect(Collectors.joining("\n"))
                    + "\nResponse " + response.statusCode() + ": " + response.asString());
        }
        return response;
    }

    private static ValidationReport ignoringUndocumentedPath(ValidationReport report) {
        return ValidationReport.from(report.getMessages().stream()
                .filter(message -> !message.getKey().startsWith("validation.request.path.missing")
                        && !message.getKey().startsWith("validation.request.operation.notAllowed"))
                .toList());
    }

    private static OpenApiInteractionValidator validator(int port) {
        if (validator == null) {
            synchronized (OpenApiContract.class) {
                if (validator == null) {
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(fetchDocument(port))
                            .build();
                }
            }
        }
        return validator;
    }

    private static String fetchDocument(int port) {
        URI uri = URI.create("http://localhost:" + port + "/q/openapi?format=json");
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + uri + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the OpenAPI document at " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading " + uri, e);
        }
    }
}
