package org.shoppingapi.rest.outbound.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.StringWriter;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.Test;

/** Which keys the service accepts to sign with, in which encodings, and what it says about the others. */
class SigningKeysTest {

    @Test
    void a_generated_key_is_an_es256_private_jwk_with_a_thumbprint_id() {
        JWK key = SigningKeys.parse(SigningKeys.generate());

        assertThat(key.isPrivate()).isTrue();
        assertThat(AccessTokenFormat.algorithmOf(key)).isEqualTo(JWSAlgorithm.ES256);
        assertThat(key.getKeyID()).hasSize(43);
        assertThat(SigningKeys.generate()).isNotEqualTo(SigningKeys.generate());
    }

    @Test
    void a_jwk_without_kid_gets_its_thumbprint() throws Exception {
        String noKid = new ECKeyGenerator(Curve.P_256).generate().toJSONString();

        JWK key = SigningKeys.parse(noKid);

        assertThat(key.getKeyID()).isEqualTo(key.computeThumbprint().toString());
    }

    @Test
    void pem_sec1_ec_key_as_openssl_ecparam_writes_it() throws Exception {
        // Bouncy Castle's encoding, like OpenSSL's, carries the public point in the SEC1 structure.
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", new BouncyCastleProvider());
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        String pem = pem(generator.generateKeyPair());
        assertThat(pem).startsWith("-----BEGIN EC PRIVATE KEY-----");

        assertThat(AccessTokenFormat.algorithmOf(SigningKeys.parse(pem))).isEqualTo(JWSAlgorithm.ES256);
    }

    @Test
    void pem_pkcs8_rsa_key() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String pem = pkcs8(generator.generateKeyPair().getPrivate().getEncoded());

        JWK key = SigningKeys.parse(pem);

        assertThat(AccessTokenFormat.algorithmOf(key)).isEqualTo(JWSAlgorithm.RS256);
        assertThat(key.isPrivate()).isTrue();
    }

    @Test
    void pem_pkcs8_ec_key_as_openssl_genpkey_writes_it_gets_its_public_point_computed() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        String privateOnly = pkcs8(pair.getPrivate().getEncoded());
        String withPublic = privateOnly + "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";

        JWK computed = SigningKeys.parse(privateOnly);

        assertThat(AccessTokenFormat.algorithmOf(computed)).isEqualTo(JWSAlgorithm.ES256);
        // The computed public point is the real one: the same as the JDK generated and as the PEM that carries it.
        assertThat(computed.toECKey().toECPublicKey().getW()).isEqualTo(((ECPublicKey) pair.getPublic()).getW());
        assertThat(SigningKeys.parse(withPublic).toPublicJWK()).isEqualTo(computed.toPublicJWK().toECKey()
                .toPublicJWK());
    }

    @Test
    void pem_pkcs8_ec_key_on_another_curve_is_refused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp384r1"));

        assertThatThrownBy(() -> SigningKeys.parse(pkcs8(generator.generateKeyPair().getPrivate().getEncoded())))
                .hasMessageContaining("P-256");
    }

    @Test
    void weak_or_unsupported_keys_are_refused() throws Exception {
        String rsa1024 = new RSAKeyGenerator(1024, true).generate().toJSONString();
        String p384 = new ECKeyGenerator(Curve.P_384).generate().toJSONString();
        String publicOnly = new ECKeyGenerator(Curve.P_256).generate().toPublicJWK().toJSONString();
        String wrongAlg = new ECKeyGenerator(Curve.P_256).algorithm(JWSAlgorithm.ES384).generate().toJSONString();

        assertThatThrownBy(() -> SigningKeys.parse(rsa1024)).hasMessageContaining("at least 2048");
        assertThatThrownBy(() -> SigningKeys.parse(p384)).hasMessageContaining("P-256");
        assertThatThrownBy(() -> SigningKeys.parse(publicOnly)).hasMessageContaining("public key");
        assertThatThrownBy(() -> SigningKeys.parse(wrongAlg)).hasMessageContaining("ES384");
    }

    @Test
    void errors_never_quote_the_key_text() {
        String secretLooking = "{\"kty\":\"EC\",\"d\":\"TOP-SECRET-MATERIAL\"}";
        String pemLooking = "-----BEGIN EC PRIVATE KEY-----\nTOP-SECRET-MATERIAL\n-----END EC PRIVATE KEY-----";

        for (String text : new String[] {secretLooking, pemLooking, "TOP-SECRET-MATERIAL", " "}) {
            assertThatThrownBy(() -> SigningKeys.parse(text)).isInstanceOf(IllegalArgumentException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TOP-SECRET"))
                    .satisfies(e -> assertThat(e.getCause()).isNull());
        }
    }

    private static String pem(KeyPair pair) throws Exception {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(pair);
        }
        return out.toString();
    }

    private static String pkcs8(byte[] der) {
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END PRIVATE KEY-----\n";
    }
}
