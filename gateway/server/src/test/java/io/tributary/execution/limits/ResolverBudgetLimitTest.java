package io.tributary.execution.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResolverBudgetLimitTest {

  @Test
  void grantsExactlyTheLimitThenRefusesEveryLaterInvocation() {
    ResolverBudget budget = new ResolverBudget(3);
    assertTrue(budget.tryAcquire());
    assertTrue(budget.tryAcquire());
    assertFalse(budget.exhausted());
    assertTrue(budget.tryAcquire());
    assertTrue(budget.exhausted());
    assertFalse(budget.tryAcquire());
    assertFalse(budget.tryAcquire());
    assertEquals(3, budget.used(), "refused invocations are not counted");
    assertEquals("Resolver count limit of 3 exceeded", budget.violation().message());
    assertEquals(LimitViolation.RESOLVER_COUNT, budget.violation().errorType());
  }

  @Test
  void aZeroLimitInTheSettingsMeansAppSyncsDefault() {
    assertEquals(10_000, ResolverBudget.of(OperationLimits.defaults()).limit());
    assertEquals(10_000, ResolverBudget.of(new OperationLimits(0, 0, 10, 10, true)).limit());
    assertEquals(7, ResolverBudget.of(new OperationLimits(0, 7, 10, 10, true)).limit());
    assertThrows(IllegalArgumentException.class, () -> new ResolverBudget(0));
  }

  @Test
  void operationLimitsRefuseOutOfRangeSettings() {
    assertThrows(IllegalArgumentException.class, () -> new OperationLimits(-1, 0, 10, 10, true));
    assertEquals(75, new OperationLimits(75, 0, 10, 10, true).queryDepth());
    assertThrows(IllegalArgumentException.class, () -> new OperationLimits(76, 0, 10, 10, true));
    assertThrows(IllegalArgumentException.class, () -> new OperationLimits(0, -1, 10, 10, true));
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> new OperationLimits(0, 0, 0, 10, true));
    assertEquals("maxDocumentBytes must be at least 1 but was 0", error.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new OperationLimits(0, 0, 10, 0, true));
  }
}
