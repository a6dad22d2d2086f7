package io.tributary.composition.descriptor;

/** DynamoDB key attribute types: string, number, binary. */
public enum AttributeType { S, N, B }
