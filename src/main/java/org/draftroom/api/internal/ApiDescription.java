package org.draftroom.api.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.draftroom.api.ProblemType;

/**
 * The OpenAPI description at {@code /v3/api-docs}: title, version, HTTP Basic for every operation, and the error
 * responses every operation really has, derived by the same rules the API follows: 401 everywhere; 400 where a
 * parameter can be malformed (a number, a fixed set of values, a required one) or a body is read; 404 where a
 * path names something; 406 where the answer's media types are fixed; 413 and 415 where a body is read; 500 and
 * 503 everywhere; on every write the Idempotency-Key header with its 400, 409 and 422 (ADR 0013). Operations
 * declare the rest themselves (403 for role rules, 409, 412). Every error response is
 * {@code application/problem+json} with the ProblemDetail schema. {@code ApiContractIT} provokes each of them.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {
    static final String VERSION = "1.0.0";
    private static final Set<PathItem.HttpMethod> WRITES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);
    private static final String IDEMPOTENCY = """
            Optional; any unique value per request, 1 to 128 visible ASCII characters (a UUID). Sent again with the \
            same request (method, path, query, body) by the same user within 24 hours, it answers what the first \
            request answered (same status, Location, ETag and body, with Idempotent-Replayed: true) instead of \
            doing it again. If that request stored its change but its answer was lost (the server stopped), the \
            answer is 200 {stored, documentId, revision} with Location and ETag of the document. A request that \
            failed (4xx, 5xx) keeps nothing: the same key runs it again. 409 while it is still being served, 422 \
            with a different request.""";
    private static final String PROBLEM = "ProblemDetail";
    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("400", "a parameter is missing or malformed, or the body cannot be read"),
            Map.entry("401", "no or wrong credentials (HTTP Basic); WWW-Authenticate names the realm"),
            Map.entry("403", "the caller's role or the room's rules do not allow this"),
            Map.entry("404", "nothing at this path: no such document, block, proposal or version"),
            Map.entry("406", "none of the media types in Accept can be produced"),
            Map.entry("409", "conflicts with the document's current state"),
            Map.entry("412", "If-Match names a revision that is no longer the document's current one"),
            Map.entry("413", "the request body is larger than the limit"),
            Map.entry("415", "the request body's Content-Type is not one this operation reads"),
            Map.entry("500", "an unexpected failure; the problem's id is also in the server log"),
            Map.entry("503", "the database (or, for search, the index) is not available now; Retry-After says "
                    + "when to try again"));

    @Bean
    OpenAPI draftroomOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Draftroom API").version(VERSION).description("""
                        The REST API of Draftroom, a collaborative editor for intergovernmental negotiation texts: \
                        documents, proposals and positions, versions, exports and search. Every operation needs \
                        HTTP Basic credentials of a Draftroom account; what it may do follows the account's role. \
                        Errors are RFC 9457 problem details (application/problem+json) whose type is \
                        %s<slug>. Lists are paged with page (from 0) and size and say their total. A document's \
                        reads carry its revision as ETag; writes to it accept If-Match as a precondition \
                        (412 when the document has moved on). Every write accepts an Idempotency-Key: sent again, \
                        the same request answers what it answered the first time instead of doing it twice."""
                        .formatted(ProblemType.BASE)))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("a Draftroom account's user name and password"))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            if (api.getComponents() == null) api.setComponents(new Components());
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            if (api.getPaths() == null) return;
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
                boolean write = path.startsWith("/api/v1/") && WRITES.contains(method);
                if (write) idempotent(op);
                complete(op, write);
            }));
        };
    }

    /** Every write takes an Idempotency-Key (ADR 0013): the header, and the answers it adds. */
    private static void idempotent(Operation op) {
        if (op.getParameters() != null && op.getParameters().stream()
                .anyMatch(p -> IdempotencyKeys.HEADER.equals(p.getName()))) {
            return; // described already (the description is built once per group and locale)
        }
        op.addParametersItem(new HeaderParameter().name(IdempotencyKeys.HEADER).required(false)
                .description(IDEMPOTENCY).schema(new StringSchema().minLength(1).maxLength(128)
                        .pattern("^[\\x21-\\x7E]{1,128}$").example("3f1c9a52-6c1e-4d7e-9b1a-2f0c8e5d7a41")));
        ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
        ApiResponse conflict = responses.get("409");
        String busy = "a request with the same Idempotency-Key is still being served (Retry-After)";
        if (conflict == null) responses.addApiResponse("409", new ApiResponse().description(busy));
        else conflict.setDescription(conflict.getDescription() + "; or " + busy);
        responses.addApiResponse("422", new ApiResponse().description("the Idempotency-Key was used for a different "
                + "request (method, path, query or body); nothing was done"));
        op.setResponses(responses);
    }

    private static void complete(Operation op, boolean write) {
        ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
        List<Parameter> params = op.getParameters() == null ? List.of() : op.getParameters();
        boolean body = op.getRequestBody() != null;
        boolean malformable = body || write || params.stream().anyMatch(ApiDescription::canBeMalformed);
        boolean pathNames = params.stream().anyMatch(p -> "path".equals(p.getIn()));
        // typed answers (produces) are negotiated: an Accept that none of them meets is a 406
        List<Content> answers = responses.entrySet().stream()
                .filter(r -> r.getKey().startsWith("2") && r.getValue().getContent() != null
                        && !r.getValue().getContent().isEmpty())
                .map(r -> r.getValue().getContent()).toList();
        boolean fixedTypes = !answers.isEmpty() && answers.stream().noneMatch(c -> c.containsKey("*/*"));
        Map<String, ApiResponse> errors = new TreeMap<>();
        responses.forEach((code, r) -> {
            if (code.startsWith("4") || code.startsWith("5")) errors.put(code, r);
        });
        add(errors, "401", true);
        add(errors, "400", malformable);
        add(errors, "404", pathNames);
        add(errors, "406", fixedTypes);
        add(errors, "413", body);
        add(errors, "415", body);
        add(errors, "500", true);
        add(errors, "503", true);
        Map<String, ApiResponse> ordered = new LinkedHashMap<>();
        responses.forEach((code, r) -> {
            if (!errors.containsKey(code)) ordered.put(code, r);
        });
        errors.forEach((code, r) -> ordered.put(code, r.content(new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))));
        ApiResponses out = new ApiResponses();
        out.putAll(ordered);
        op.setResponses(out);
    }

    private static void add(Map<String, ApiResponse> errors, String code, boolean applies) {
        ApiResponse r = errors.get(code);
        if (r == null && applies) errors.put(code, r = new ApiResponse());
        if (r != null && (r.getDescription() == null || r.getDescription().isBlank())) {
            r.setDescription(DEFAULTS.getOrDefault(code, "error"));
        }
    }

    /** A parameter a client can get wrong in a way the server detects: typed, from a fixed set, or required. */
    private static boolean canBeMalformed(Parameter p) {
        if (!"query".equals(p.getIn())) return false;
        Schema<?> s = p.getSchema();
        String type = s == null ? null : s.getType() != null ? s.getType()
                : s.getTypes() == null || s.getTypes().isEmpty() ? null : s.getTypes().iterator().next();
        boolean typed = "integer".equals(type) || "number".equals(type) || "boolean".equals(type);
        boolean enumerated = s != null && s.getEnum() != null && !s.getEnum().isEmpty();
        return typed || enumerated || Boolean.TRUE.equals(p.getRequired());
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema().description("RFC 9457 problem details; further members depend on the type "
                        + "(e.g. line and column for unreadable imports, currentRevision for conflicts)")
                .addProperty("type", new StringSchema().format("uri").description(ProblemType.BASE + "<slug>"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri"))
                .additionalProperties(true)
                .required(List.of("type", "title", "status"));
    }
}
