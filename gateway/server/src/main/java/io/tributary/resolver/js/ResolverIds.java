package io.tributary.resolver.js;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.UUID;

/** The identifier generators behind {@code util.autoId/autoUlid/autoKsuid}. */
final class ResolverIds {

  private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final String BASE62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final long KSUID_EPOCH_SECONDS = 1_400_000_000L;
  private static final int KSUID_LENGTH = 27;
  private static final BigInteger SIXTY_TWO = BigInteger.valueOf(62);
  private static final SecureRandom RANDOM = new SecureRandom();

  private ResolverIds() {}

  /** A random (version 4) UUID, as AppSync's autoId. */
  static String uuid() {
    return UUID.randomUUID().toString();
  }

  /** 26 Crockford base32 characters: 48 bits of milliseconds, then 80 random bits. */
  static String ulid(long epochMillis) {
    byte[] random = new byte[10];
    RANDOM.nextBytes(random);
    char[] out = new char[26];
    for (int i = 9; i >= 0; i--) {
      out[i] = CROCKFORD[(int) (epochMillis & 31)];
      epochMillis >>>= 5;
    }
    BigInteger bits = new BigInteger(1, random);
    for (int i = 25; i >= 10; i--) {
      out[i] = CROCKFORD[bits.intValue() & 31];
      bits = bits.shiftRight(5);
    }
    return new String(out);
  }

  /** 27 base62 characters encoding a 32-bit timestamp (seconds since 2014-05-13) and 128 random bits. */
  static String ksuid(long epochMillis) {
    byte[] raw = new byte[20];
    long seconds = epochMillis / 1000 - KSUID_EPOCH_SECONDS;
    for (int i = 3; i >= 0; i--) {
      raw[i] = (byte) seconds;
      seconds >>>= 8;
    }
    byte[] random = new byte[16];
    RANDOM.nextBytes(random);
    System.arraycopy(random, 0, raw, 4, 16);
    StringBuilder out = new StringBuilder(KSUID_LENGTH);
    BigInteger value = new BigInteger(1, raw);
    while (value.signum() > 0) {
      BigInteger[] divided = value.divideAndRemainder(SIXTY_TWO);
      out.append(BASE62.charAt(divided[1].intValue()));
      value = divided[0];
    }
    while (out.length() < KSUID_LENGTH) {
      out.append('0');
    }
    return out.reverse().toString();
  }
}
