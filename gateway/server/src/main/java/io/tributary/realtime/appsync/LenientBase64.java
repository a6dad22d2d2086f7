package io.tributary.realtime.appsync;

import java.util.Base64;

/**
 * Decodes the {@code header} query parameter and the {@code header-…} sub-protocol entry. Clients
 * differ: amplify-js up to 6.4 sends standard base64 with padding in the query string (where a
 * form decoder may already have turned {@code +} into a space), newer ones base64url without
 * padding. Both alphabets, with or without padding, are accepted.
 */
final class LenientBase64 {
  private LenientBase64() {}

  /** The decoded bytes, or null when {@code text} is not base64 in either alphabet. */
  static byte[] decode(String text) {
    StringBuilder normalized = new StringBuilder(text.length() + 2);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case ' ' -> normalized.append('+');
        case '-' -> normalized.append('+');
        case '_' -> normalized.append('/');
        case '=' -> { } // padding is recomputed below
        default -> normalized.append(c);
      }
    }
    while (normalized.length() % 4 != 0) {
      normalized.append('=');
    }
    try {
      return Base64.getDecoder().decode(normalized.toString());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
