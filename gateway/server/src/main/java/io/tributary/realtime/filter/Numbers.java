package io.tributary.realtime.filter;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Numeric comparison across the boxed types JSON parsers and script engines hand us (Integer, Long, Double,
 * BigInteger, BigDecimal, ...), so that {@code 1}, {@code 1L}, {@code 1.0} and {@code new BigDecimal("1.00")}
 * are all equal.
 *
 * <p>Doubles are taken at their shortest decimal spelling ({@link BigDecimal#valueOf(double)}), which is what
 * the JSON text said: {@code 0.1} parsed as a double equals {@code 0.1} parsed as a BigDecimal.
 */
final class Numbers {

    /** Returned by {@link #compare} when there is no order (NaN). */
    static final int UNORDERED = Integer.MIN_VALUE;

    /** Doubles represent every integer of magnitude up to 2^53 exactly. */
    private static final long EXACT_DOUBLE_LIMIT = 1L << 53;

    private Numbers() {
    }

    /** @return negative, zero or positive as {@code a} is below, equal to or above {@code b}; or UNORDERED */
    static int compare(Number a, Number b) {
        boolean aLong = isLongLike(a);
        boolean bLong = isLongLike(b);
        if (aLong && bLong) {
            return Long.compare(a.longValue(), b.longValue());
        }
        if (isBig(a) || isBig(b) || (aLong && !exactAsDouble(a)) || (bLong && !exactAsDouble(b))) {
            return compareExactly(a, b);
        }
        return compareDoubles(a.doubleValue(), b.doubleValue());
    }

    /**
     * A key with which numbers equal under {@link #compare} are {@code equals()} and share a hash code:
     * integral values become {@code Long}, others a trailing-zero-free {@code BigDecimal}.
     */
    static Object canonicalKey(Number n) {
        if (isLongLike(n)) {
            return n.longValue();
        }
        BigDecimal exact = toDecimal(n);
        if (exact == null) {
            return n.doubleValue();
        }
        BigDecimal stripped = exact.signum() == 0 ? BigDecimal.ZERO : exact.stripTrailingZeros();
        return fitsLong(stripped) ? (Object) stripped.longValueExact() : stripped;
    }

    private static int compareExactly(Number a, Number b) {
        BigDecimal x = toDecimal(a);
        BigDecimal y = toDecimal(b);
        if (x == null || y == null) {
            return compareDoubles(a.doubleValue(), b.doubleValue());
        }
        return x.compareTo(y);
    }

    private static int compareDoubles(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return UNORDERED;
        }
        return x < y ? -1 : (x > y ? 1 : 0);
    }

    /** @return the exact decimal value, or null for NaN and infinities, which have none */
    private static BigDecimal toDecimal(Number n) {
        if (n instanceof BigDecimal decimal) {
            return decimal;
        }
        if (n instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (isLongLike(n)) {
            return BigDecimal.valueOf(n.longValue());
        }
        double d = n.doubleValue();
        return Double.isNaN(d) || Double.isInfinite(d) ? null : BigDecimal.valueOf(d);
    }

    /** The digit-count guard keeps a value like 1E+1000000 from being expanded to decide. */
    private static boolean fitsLong(BigDecimal integral) {
        if (integral.scale() > 0 || integral.precision() - integral.scale() > 19) {
            return false;
        }
        return integral.toBigIntegerExact().bitLength() < 64;
    }

    private static boolean isLongLike(Number n) {
        return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte;
    }

    private static boolean isBig(Number n) {
        return n instanceof BigDecimal || n instanceof BigInteger;
    }

    private static boolean exactAsDouble(Number n) {
        long value = n.longValue();
        return value >= -EXACT_DOUBLE_LIMIT && value <= EXACT_DOUBLE_LIMIT;
    }
}
