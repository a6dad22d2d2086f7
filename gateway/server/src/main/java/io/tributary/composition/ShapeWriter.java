package io.tributary.composition;

import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.UnionTypeDefinition;
import java.util.ArrayList;
import java.util.List;

/** Turns merged {@link TypeShape}s back into graphql-java type definitions (never extensions). */
final class ShapeWriter {
  private ShapeWriter() {
  }

  static TypeDefinition<?> write(TypeShape shape) {
    return switch (shape.kind()) {
      case OBJECT -> ObjectTypeDefinition.newObjectTypeDefinition().name(shape.name())
          .description(shape.description()).directives(shape.directives()).implementz(types(shape))
          .fieldDefinitions(outputFields(shape)).sourceLocation(shape.location()).build();
      case INTERFACE -> InterfaceTypeDefinition.newInterfaceTypeDefinition().name(shape.name())
          .description(shape.description()).directives(shape.directives()).implementz(types(shape))
          .definitions(outputFields(shape)).sourceLocation(shape.location()).build();
      case INPUT -> InputObjectTypeDefinition.newInputObjectDefinition().name(shape.name())
          .description(shape.description()).directives(shape.directives())
          .inputValueDefinitions(inputFields(shape)).sourceLocation(shape.location()).build();
      case UNION -> UnionTypeDefinition.newUnionTypeDefinition().name(shape.name())
          .description(shape.description()).directives(shape.directives())
          .memberTypes(new ArrayList<>(shape.members())).sourceLocation(shape.location()).build();
      case ENUM -> EnumTypeDefinition.newEnumTypeDefinition().name(shape.name())
          .description(shape.description()).directives(shape.directives())
          .enumValueDefinitions(shape.values()).sourceLocation(shape.location()).build();
      case SCALAR -> ScalarTypeDefinition.newScalarTypeDefinition().name(shape.name())
          .description(shape.description()).directives(shape.directives()).sourceLocation(shape.location()).build();
    };
  }

  private static List<Type> types(TypeShape shape) {
    return new ArrayList<>(shape.interfaces());
  }

  private static List<FieldDefinition> outputFields(TypeShape shape) {
    return shape.fields().stream().map(f -> FieldDefinition.newFieldDefinition().name(f.name())
        .description(f.description()).type(f.type()).inputValueDefinitions(f.arguments())
        .directives(f.directives()).sourceLocation(f.location()).build()).toList();
  }

  private static List<InputValueDefinition> inputFields(TypeShape shape) {
    return shape.fields().stream().map(f -> InputValueDefinition.newInputValueDefinition().name(f.name())
        .description(f.description()).type(f.type()).defaultValue(f.defaultValue())
        .directives(f.directives()).sourceLocation(f.location()).build()).toList();
  }
}
