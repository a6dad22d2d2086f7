package io.tributary.composition.descriptor;

/** Which attributes a DynamoDB secondary index copies. */
public enum ProjectionType { ALL, KEYS_ONLY, INCLUDE }
