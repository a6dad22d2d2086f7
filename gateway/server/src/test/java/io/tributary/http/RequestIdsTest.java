package io.tributary.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

  @Test
  void idsAreTheNodePrefixFollowedByTheCounterInTwelveHexDigits() {
    RequestIds ids = new RequestIds();
    String first = ids.next();
    String second = ids.next();
    assertEquals(36, first.length());
    assertEquals(first.substring(0, 24), second.substring(0, 24));
    assertEquals("000000000001", first.substring(24));
    assertEquals("000000000002", second.substring(24));
  }

  @Test
  void theCounterIsWrittenInLowerCaseHexWithoutLosingDigits() {
    RequestIds ids = new RequestIds();
    String last = null;
    for (int i = 0; i < 300; i++) {
      last = ids.next();
    }
    assertEquals("00000000012c", last.substring(24));
    assertTrue(last.substring(24).matches("[0-9a-f]{12}"));
  }

  @Test
  void separateNodesUseDifferentPrefixes() {
    assertNotEquals(new RequestIds().next(), new RequestIds().next());
  }
}
