package io.tributary.auth.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.auth.local.LocalIssuer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a published JWKS may contain, and what the key set keeps of it. */
class JwtKeysTest {

  @Test
  void aKeyWithoutAlgIsUsedAsRs256AndOddEntriesAreSkipped() throws Exception {
    LocalIssuer issuer = LocalIssuer.generate("iss", Clock.systemUTC());
    JsonObject key = issuer.jwks().getJsonArray("keys").getJsonObject(0).copy();
    key.remove("alg");
    JsonObject jwks = new JsonObject().put("keys", new JsonArray()
        .add(key)
        .add(new JsonObject().put("kty", "oct").put("kid", "shared-secret").put("k", "c2VjcmV0"))
        .add(new JsonObject().put("kty", "RSA").put("kid", "broken").put("n", "!!").put("e", "AQAB"))
        .add(new JsonObject().put("kty", "RSA").put("use", "enc").put("kid", "encryption-only")));

    JwtKeys keys = JwtKeys.of(jwks, Instant.now());

    assertEquals(1, keys.size());
    assertTrue(keys.covers(issuer.keyId()));
    assertFalse(keys.covers("shared-secret"), "a symmetric key in a JWKS is never trusted");
    String token = issuer.mint("u", List.of(), "id", Duration.ofMinutes(1), null);
    assertEquals("u", keys.verifier().decode(token).getString("cognito:username"));
  }
}
