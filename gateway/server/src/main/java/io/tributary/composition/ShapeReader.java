package io.tributary.composition;

import graphql.language.AbstractDescribedNode;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.language.UnionTypeDefinition;
import io.tributary.composition.TypeShape.Kind;
import java.util.List;

/** Turns parsed type definitions (and extensions, which are subclasses) into {@link TypeShape}s. */
final class ShapeReader {
  private ShapeReader() {
  }

  /** The shape of a type definition; empty lists for the parts its kind does not have. */
  static TypeShape read(String api, TypeDefinition<?> definition) {
    if (definition instanceof ObjectTypeDefinition object) {
      return shape(Kind.OBJECT, api, definition, names(object.getImplements()), outputFields(object.getFieldDefinitions()),
          List.of());
    }
    if (definition instanceof InterfaceTypeDefinition iface) {
      return shape(Kind.INTERFACE, api, definition, names(iface.getImplements()),
          outputFields(iface.getFieldDefinitions()), List.of());
    }
    if (definition instanceof InputObjectTypeDefinition input) {
      return shape(Kind.INPUT, api, definition, List.of(), inputFields(input.getInputValueDefinitions()), List.of());
    }
    if (definition instanceof UnionTypeDefinition union) {
      return shape(Kind.UNION, api, definition, List.of(), List.of(), names(union.getMemberTypes()));
    }
    if (definition instanceof EnumTypeDefinition enumType) {
      return shape(Kind.ENUM, api, definition, List.of(), List.of(), List.of())
          .withValues(enumType.getEnumValueDefinitions());
    }
    if (definition instanceof ScalarTypeDefinition) {
      return shape(Kind.SCALAR, api, definition, List.of(), List.of(), List.of());
    }
    throw new IllegalArgumentException("unsupported type definition " + definition.getClass().getSimpleName());
  }

  private static TypeShape shape(Kind kind, String api, TypeDefinition<?> definition, List<TypeName> interfaces,
                                 List<FieldShape> fields, List<TypeName> members) {
    var described = (AbstractDescribedNode<?>) definition;
    return new TypeShape(kind, api, definition.getName(), definition.getName(), described.getDescription(),
        definition.getDirectives(), interfaces, fields, List.of(), members, definition.getSourceLocation(), false,
        false);
  }

  private static List<TypeName> names(List<? extends graphql.language.Type> types) {
    return types.stream().filter(TypeName.class::isInstance).map(TypeName.class::cast).toList();
  }

  private static List<FieldShape> outputFields(List<FieldDefinition> fields) {
    return fields.stream().map(f -> new FieldShape(f.getName(), f.getName(), f.getDescription(), f.getType(),
        f.getInputValueDefinitions(), null, f.getDirectives(), f.getSourceLocation(), false, false)).toList();
  }

  private static List<FieldShape> inputFields(List<InputValueDefinition> fields) {
    return fields.stream().map(f -> new FieldShape(f.getName(), f.getName(), f.getDescription(), f.getType(),
        List.of(), f.getDefaultValue(), f.getDirectives(), f.getSourceLocation(), false, false)).toList();
  }
}
