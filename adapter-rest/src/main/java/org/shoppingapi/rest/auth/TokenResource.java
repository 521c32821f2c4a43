package org.shoppingapi.rest.auth;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import org.shoppingapi.domain.error.InvalidClientException;
import org.shoppingapi.ports.in.auth.IssueTokenCommand;
import org.shoppingapi.ports.in.auth.IssueTokenUseCase;
import org.shoppingapi.ports.in.auth.IssuedToken;
import org.shoppingapi.rest.error.ApiException;

/**
 * POST /v1/accounts/{aid}/auth/token: OAuth 2 client credentials with HTTP Basic. The body is JSON as SPEC §1
 * shows, or the form encoding OAuth libraries send. Bad credentials are 401 {@code INVALID_CLIENT}, whatever
 * was wrong.
 */
@Path("/accounts/{aid}/auth/token")
@PublicEndpoint
@Produces(MediaType.APPLICATION_JSON)
public final class TokenResource {

    /** The request property where Helidon's Jersey integration puts the peer's address. */
    static final String REMOTE_HOST = "io.helidon.jaxrs.remote-host";

    private final IssueTokenUseCase issueToken;
    private final TokenAttemptLimits limits;

    public TokenResource(IssueTokenUseCase issueToken, TokenAttemptLimits limits) {
        this.issueToken = issueToken;
        this.limits = limits;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(@PathParam("aid") String aid, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                          @Context ContainerRequestContext context, TokenRequestJson body) {
        TokenRequestJson request = body == null ? new TokenRequestJson(null, null) : body;
        return issue(aid, authorization, remoteAddress(context), request.grantType(), request.audience());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response issueForm(@PathParam("aid") String aid,
                              @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                              @Context ContainerRequestContext context,
                              @FormParam("grant_type") String grantType, @FormParam("audience") String audience) {
        return issue(aid, authorization, remoteAddress(context), grantType, audience);
    }

    private Response issue(String aid, String authorization, String address, String grantType, String audience) {
        Optional<BasicCredentials> credentials = BasicCredentials.parse(authorization);
        String clientId = credentials.map(BasicCredentials::clientId).orElse("");
        // Refused before the secret is hashed: a guesser past the limit costs no CPU (SPEC §1).
        Optional<Duration> wait = limits.wait(aid, clientId, address);
        if (wait.isPresent()) {
            throw ApiException.tooManyAttempts(
                    "too many failed token requests for this client or from this address, try again later",
                    wait.get());
        }
        IssuedToken token;
        try {
            token = issueToken.issue(new IssueTokenCommand(aid, credentials.map(BasicCredentials::clientId).orElse(null),
                    credentials.map(BasicCredentials::clientSecret).orElse(null), grantType, audience));
        } catch (InvalidClientException e) {
            limits.recordFailure(aid, clientId, address);
            throw e;
        }
        // RFC 6749 §5.1: a token response must not be cached.
        return Response.ok(new TokenJson(token.accessToken(), "Bearer", token.expiresInSeconds()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Pragma", "no-cache")
                .build();
    }

    private static String remoteAddress(ContainerRequestContext context) {
        Object host = context.getProperty(REMOTE_HOST);
        return host == null ? "unknown" : host.toString();
    }
}
