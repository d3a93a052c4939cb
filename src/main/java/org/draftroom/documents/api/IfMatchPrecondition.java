package org.draftroom.documents.api;

import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.draftroom.api.EntityTags;
import org.draftroom.documents.DocumentService;
import org.draftroom.documents.RevisionPreconditionFailed;
import org.draftroom.documents.internal.RevisionExpectation;

/**
 * {@code If-Match} on every write to a document ({@code POST /api/v1/documents/{id}/…}, whichever module serves
 * it): the write happens only if the document is still at that revision (its {@code ETag}), else 412 and nothing
 * changes. Checked when the request arrives and again inside the write's transaction, so a write that got in
 * between is caught too. The alternative to a wording's {@code baseRevision}, which merges instead of refusing.
 */
@Configuration(proxyBeanMethods = false)
class IfMatchPrecondition implements WebMvcConfigurer {
    static final String DOCUMENT_PATH = "/api/v1/documents/{id}";
    private static final Set<RequestMethod> WRITES = Set.of(RequestMethod.POST, RequestMethod.PUT,
            RequestMethod.PATCH, RequestMethod.DELETE);
    private final DocumentService documents;

    IfMatchPrecondition(DocumentService documents) {
        this.documents = documents;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String ifMatch = request.getHeader(HttpHeaders.IF_MATCH);
                if (ifMatch == null || !(handler instanceof HandlerMethod method) || !isDocumentWrite(method)) return true;
                @SuppressWarnings("unchecked")
                Map<String, String> vars = (Map<String, String>) request.getAttribute(
                        HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
                String id = vars.get("id");
                OptionalLong expected = EntityTags.revisionOf(ifMatch);
                long current = documents.get(id).revision();
                if (expected.isEmpty()) return true;
                if (expected.getAsLong() != current) {
                    throw new RevisionPreconditionFailed(id, expected.getAsLong(), current);
                }
                RevisionExpectation.expect(id, current);
                return true;
            }

            @Override
            public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                        Exception ex) {
                RevisionExpectation.clear();
            }
        }).addPathPatterns("/api/v1/documents/*/**");
    }

    /** The same rule, said in the OpenAPI description: the header parameter and the 412. */
    @Bean
    OperationCustomizer ifMatchDescribed() {
        return (operation, method) -> {
            if (!isDocumentWrite(method)) return operation;
            operation.addParametersItem(new HeaderParameter().name(HttpHeaders.IF_MATCH).required(false)
                    .description("the document's ETag (\"12\" for revision 12): write only if it is still current")
                    .schema(new StringSchema().example("\"12\"")));
            operation.getResponses().addApiResponse("412", new ApiResponse()
                    .description("If-Match names a revision that is no longer the document's current one; nothing "
                            + "was changed"));
            return operation;
        };
    }

    static boolean isDocumentWrite(HandlerMethod method) {
        RequestMapping type = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequestMapping.class);
        RequestMapping m = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequestMapping.class);
        return type != null && m != null && Set.of(type.path()).contains(DOCUMENT_PATH)
                && Set.of(m.method()).stream().anyMatch(WRITES::contains);
    }
}
