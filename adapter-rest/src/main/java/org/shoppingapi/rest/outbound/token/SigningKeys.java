package org.shoppingapi.rest.outbound.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.IOException;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.text.ParseException;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * Reads and makes token signing keys. Accepted: an EC P-256 key (ES256) or an RSA key of 2048 bits or more
 * (RS256), as a private JWK or as PEM (SEC1 {@code EC PRIVATE KEY}, PKCS#8 {@code PRIVATE KEY} as
 * {@code openssl genpkey} writes it, PKCS#1 {@code RSA PRIVATE KEY}). Error messages never quote the key.
 */
public final class SigningKeys {

    private SigningKeys() {
    }

    /** A new ES256 key as a private JWK (JSON), its key id the RFC 7638 thumbprint. */
    public static String generate() {
        try {
            return new ECKeyGenerator(Curve.P_256)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256)
                    .keyIDFromThumbprint(true)
                    .generate()
                    .toJSONString();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not generate an EC P-256 key", e);
        }
    }

    /** The private key in {@code text} (JWK JSON or PEM), with a key id, checked to be one we can sign with. */
    public static JWK parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the signing key is empty");
        }
        String trimmed = text.strip();
        JWK key;
        try {
            if (trimmed.startsWith("{")) {
                key = JWK.parse(trimmed);
            } else if (trimmed.startsWith("-----BEGIN")) {
                key = fromPem(trimmed);
            } else {
                throw new IllegalArgumentException("the signing key is neither a JWK (JSON) nor PEM");
            }
        } catch (ParseException | JOSEException | RuntimeException e) {
            if (e instanceof IllegalArgumentException mine && mine.getMessage().startsWith("the signing key")) {
                throw mine;
            }
            // The library's message may quote the input; say what is wrong without it.
            throw new IllegalArgumentException("the signing key could not be read as a JWK or PEM private key");
        }
        if (!key.isPrivate()) {
            throw new IllegalArgumentException("the signing key is a public key; a private key is needed to sign");
        }
        AccessTokenFormat.algorithmOf(key);
        return key.getKeyID() != null ? key : withThumbprintId(key);
    }

    /**
     * Nimbus reads PEM key pairs; a PKCS#8 EC key alone (what {@code openssl genpkey} writes) holds no public point,
     * so that one is computed here from the private scalar: Q = d·G on P-256.
     */
    private static JWK fromPem(String pem) throws JOSEException {
        try {
            return JWK.parseFromPEMEncodedObjects(pem);
        } catch (JOSEException missingPublicKey) {
            PrivateKey privateKey = readPkcs8(pem);
            if (!(privateKey instanceof ECPrivateKey ec)) {
                throw missingPublicKey;
            }
            if (!Curve.P_256.equals(Curve.forECParameterSpec(ec.getParams()))) {
                throw new IllegalArgumentException("the signing key must be EC P-256 (ES256) or RSA of at least "
                        + AccessTokenFormat.MIN_RSA_BITS + " bits (RS256)");
            }
            X9ECParameters p256 = ECNamedCurveTable.getByName("P-256");
            org.bouncycastle.math.ec.ECPoint q = p256.getG().multiply(ec.getS()).normalize();
            ECPoint point = new ECPoint(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger());
            try {
                ECPublicKey publicKey = (ECPublicKey) KeyFactory.getInstance("EC")
                        .generatePublic(new ECPublicKeySpec(point, ec.getParams()));
                return new ECKey.Builder(Curve.P_256, publicKey).privateKey(ec).build();
            } catch (GeneralSecurityException | RuntimeException e) {
                throw missingPublicKey;
            }
        }
    }

    private static PrivateKey readPkcs8(String pem) throws JOSEException {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                if (object instanceof PrivateKeyInfo info) {
                    return new JcaPEMKeyConverter().getPrivateKey(info);
                }
            }
        } catch (IOException e) {
            throw new JOSEException("unreadable PEM");
        }
        throw new JOSEException("no PKCS#8 private key in the PEM");
    }

    private static JWK withThumbprintId(JWK key) {
        try {
            String kid = key.computeThumbprint().toString();
            if (key instanceof ECKey ec) {
                return new ECKey.Builder(ec).keyID(kid).build();
            }
            return new RSAKey.Builder((RSAKey) key).keyID(kid).build();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not compute the key's thumbprint", e);
        }
    }
}
