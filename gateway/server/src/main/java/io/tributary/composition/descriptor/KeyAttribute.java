package io.tributary.composition.descriptor;

import io.tributary.config.Required;

/**
 * A DynamoDB key attribute.
 *
 * @param name attribute name
 * @param type attribute type; S when left out
 */
public record KeyAttribute(@Required String name, AttributeType type) {

  public static KeyAttribute defaults() {
    return new KeyAttribute(null, AttributeType.S);
  }
}
