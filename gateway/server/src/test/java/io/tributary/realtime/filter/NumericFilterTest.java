package io.tributary.realtime.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumericFilterTest {

    private static final List<Number> SAMPLES = List.of(
        0, -0.0, 0.0, new BigDecimal("0.000"), 1, 1L, (short) 1, 1.0, 1.0f, new BigDecimal("1.0"), BigInteger.ONE,
        2.5, new BigDecimal("2.50"), 0.1, new BigDecimal("0.1"), 0.1f, -7, -7.0,
        Long.MAX_VALUE, new BigDecimal(Long.MAX_VALUE), BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE),
        9007199254740993L, 9007199254740992.0, 1e20, new BigDecimal("100000000000000000000"),
        new BigDecimal("1E+1000000"));

    @Test
    void equalNumbersShareAnIndexKeyAndUnequalOnesDoNot() {
        for (Number a : SAMPLES) {
            for (Number b : SAMPLES) {
                boolean equal = Numbers.compare(a, b) == 0;
                assertEquals(equal, Numbers.canonicalKey(a).equals(Numbers.canonicalKey(b)), a + " vs " + b);
            }
        }
    }

    @Test
    void comparisonIsAntisymmetricAcrossTypes() {
        for (Number a : SAMPLES) {
            for (Number b : SAMPLES) {
                assertEquals(Integer.signum(Numbers.compare(a, b)), -Integer.signum(Numbers.compare(b, a)),
                    a + " vs " + b);
            }
        }
    }

    @Test
    void largeLongsAreComparedExactlyNotThroughDoubles() {
        assertTrue(Numbers.compare(9007199254740993L, 9007199254740992.0) > 0);
        assertTrue(Numbers.compare(Long.MAX_VALUE, (double) Long.MAX_VALUE) < 0);
    }

    @Test
    void nanIsUnordered() {
        assertEquals(Numbers.UNORDERED, Numbers.compare(Double.NaN, 1));
        assertEquals(Values.UNORDERED, Values.order(Double.NaN, 1));
    }
}
