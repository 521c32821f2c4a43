package org.shoppingapi.rest.outbound.token;

import static org.shoppingapi.rest.outbound.token.AccessTokenFormat.ACCOUNT_CLAIM;
import static org.shoppingapi.rest.outbound.token.AccessTokenFormat.CLIENT_ID_CLAIM;
import static org.shoppingapi.rest.outbound.token.AccessTokenFormat.SCOPE_CLAIM;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.shoppingapi.ports.out.auth.TokenClaims;
import org.shoppingapi.ports.out.auth.TokenSigner;

/**
 * Signs access tokens as JWTs ({@link AccessTokenFormat}) with the service's one key (ES256 or RS256); the request
 * side checks them with the {@linkplain #publicKey() public half}.
 */
public final class JwtTokenSigner implements TokenSigner {

    private final JWK key;
    private final JWSAlgorithm algorithm;
    private final JWSSigner signer;
    private final String issuer;

    private JwtTokenSigner(JWK key, String issuer) throws JOSEException {
        this.key = key;
        this.algorithm = AccessTokenFormat.algorithmOf(key);
        this.signer = key instanceof ECKey ec ? new ECDSASigner(ec) : new RSASSASigner((RSAKey) key);
        this.issuer = issuer;
    }

    /** Tokens signed with {@code privateKey} (JWK or PEM text, see {@link SigningKeys}) as {@code issuer}. */
    public static JwtTokenSigner create(String privateKey, String issuer) {
        try {
            return new JwtTokenSigner(SigningKeys.parse(privateKey), issuer);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("the signing key cannot sign: " + e.getMessage());
        }
    }

    @Override
    public String sign(TokenClaims claims) {
        JWTClaimsSet set = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(claims.clientId())
                .audience(AccessTokenFormat.audienceOf(claims.accountId()))
                .issueTime(Date.from(claims.issuedAt()))
                .expirationTime(Date.from(claims.expiresAt()))
                .jwtID(UUID.randomUUID().toString())
                .claim(ACCOUNT_CLAIM, claims.accountId())
                .claim(CLIENT_ID_CLAIM, claims.clientId())
                .claim(SCOPE_CLAIM, String.join(" ", claims.scopes()))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).type(AccessTokenFormat.TYPE)
                .keyID(key.getKeyID()).build(), set);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a token", e);
        }
        return jwt.serialize();
    }

    /** The public half of the key, what a verifier checks signatures with. */
    public JWK publicKey() {
        return key.toPublicJWK();
    }

    /** The public key as a JWK Set, for {@code /v1/.well-known/jwks.json}. */
    public Map<String, Object> publicJwks() {
        return new JWKSet(key.toPublicJWK()).toJSONObject(true);
    }

    public String issuer() {
        return issuer;
    }

    public String keyId() {
        return key.getKeyID();
    }

    public JWSAlgorithm algorithm() {
        return algorithm;
    }
}
