package io.tributary.datasource.dynamodb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.datasource.DataSourceException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns DynamoDB's {@code LastEvaluatedKey} into AppSync-style opaque {@code nextToken}s.
 *
 * <p>A token is {@code base64url(iv || AES-256-GCM(json(key)))}, with the resolver coordinate,
 * operation, table and index bound as associated data. So a token reveals nothing about the
 * table's keys, and a modified token or one issued for another resolver, table or index fails
 * authentication and is rejected with {@link #INVALID_TOKEN_TYPE} and {@link #INVALID_TOKEN_MESSAGE}
 * (DynamoDB's own wording for a bad ExclusiveStartKey).
 */
public final class PageTokens {
  public static final String INVALID_TOKEN_TYPE = "DynamoDB:ValidationException";
  public static final String INVALID_TOKEN_MESSAGE =
      "The provided starting key is invalid: the nextToken was modified or was issued by a "
          + "different resolver";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKey key;
  private final SecureRandom random = new SecureRandom();

  /**
   * @param secret the configured per-gateway secret; tokens survive restarts and are valid on
   *     every node that shares it
   */
  public PageTokens(String secret) {
    if (secret == null || secret.length() < 16) {
      throw new IllegalArgumentException("the nextToken secret must have at least 16 characters");
    }
    this.key = deriveKey(secret);
  }

  // HMAC as a key-derivation step so the AES key is uniform whatever the secret looks like.
  private static SecretKey deriveKey(String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] derived = mac.doFinal("tributary/dynamodb/nextToken/v1".getBytes(StandardCharsets.UTF_8));
      return new SecretKeySpec(derived, "AES");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** The token for {@code lastEvaluatedKey}, or null when there is no further page. */
  public String encode(Map<String, AttributeValue> lastEvaluatedKey, TokenBinding binding) {
    if (lastEvaluatedKey == null || lastEvaluatedKey.isEmpty()) {
      return null;
    }
    try {
      byte[] plain = JSON.writeValueAsBytes(AttributeValueJson.toTypedMap(lastEvaluatedKey));
      byte[] iv = new byte[IV_BYTES];
      random.nextBytes(iv);
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, binding);
      byte[] sealed = cipher.doFinal(plain);
      byte[] token = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
      return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    } catch (JsonProcessingException | GeneralSecurityException e) {
      throw new IllegalStateException("could not seal a nextToken", e);
    }
  }

  /** The ExclusiveStartKey inside {@code token}; null token means "first page". */
  public Map<String, AttributeValue> decode(String token, TokenBinding binding) {
    if (token == null) {
      return null;
    }
    try {
      byte[] raw = Base64.getUrlDecoder().decode(token);
      if (raw.length <= IV_BYTES) {
        throw invalid();
      }
      byte[] iv = Arrays.copyOf(raw, IV_BYTES);
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, iv, binding);
      byte[] plain = cipher.doFinal(raw, IV_BYTES, raw.length - IV_BYTES);
      return AttributeValueJson.fromTypedMap(JSON.readValue(plain, Map.class), "nextToken");
    } catch (IllegalArgumentException | GeneralSecurityException | IOException e) {
      throw invalid();
    }
  }

  private Cipher cipher(int mode, byte[] iv, TokenBinding binding)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
    cipher.updateAAD(binding.associatedData());
    return cipher;
  }

  private static DataSourceException invalid() {
    return new DataSourceException(INVALID_TOKEN_TYPE, INVALID_TOKEN_MESSAGE);
  }

  /** What a token is only valid for: the resolver that issued it and the thing it pages over. */
  public record TokenBinding(String resolver, String operation, String table, String index) {
    byte[] associatedData() {
      String joined = String.join("\u0000", String.valueOf(resolver), operation, table,
          index == null ? "" : index);
      return joined.getBytes(StandardCharsets.UTF_8);
    }
  }
}
