package org.shoppingapi.rest.auth;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.shoppingapi.ports.in.auth.IssueTokenCommand;
import org.shoppingapi.ports.in.auth.IssueTokenUseCase;
import org.shoppingapi.ports.in.auth.IssuedToken;

/**
 * POST /v1/accounts/{aid}/auth/token: OAuth 2 client credentials with HTTP Basic. The body is JSON as SPEC §1
 * shows, or the form encoding OAuth libraries send. Bad credentials are 401 {@code INVALID_CLIENT}, whatever
 * was wrong.
 */
@Path("/accounts/{aid}/auth/token")
@PublicEndpoint
@Produces(MediaType.APPLICATION_JSON)
public final class TokenResource {

    private final IssueTokenUseCase issueToken;

    public TokenResource(IssueTokenUseCase issueToken) {
        this.issueToken = issueToken;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(@PathParam("aid") String aid, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                          TokenRequestJson body) {
        TokenRequestJson request = body == null ? new TokenRequestJson(null, null) : body;
        return issue(aid, authorization, request.grantType(), request.audience());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response issueForm(@PathParam("aid") String aid,
                              @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                              @FormParam("grant_type") String grantType, @FormParam("audience") String audience) {
        return issue(aid, authorization, grantType, audience);
    }

    private Response issue(String aid, String authorization, String grantType, String audience) {
        Optional<BasicCredentials> credentials = BasicCredentials.parse(authorization);
        IssuedToken token = issueToken.issue(new IssueTokenCommand(aid,
                credentials.map(BasicCredentials::clientId).orElse(null),
                credentials.map(BasicCredentials::clientSecret).orElse(null), grantType, audience));
        // RFC 6749 §5.1: a token response must not be cached.
        return Response.ok(new TokenJson(token.accessToken(), "Bearer", token.expiresInSeconds()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Pragma", "no-cache")
                .build();
    }
}
