package io.tributary.composition;

import graphql.language.InputValueDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.Type;
import graphql.language.TypeName;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reads and rewrites the named-type references of shapes. */
final class TypeReferences {
  private TypeReferences() {
  }

  /** The innermost named type of a (possibly wrapped) type. */
  static TypeName named(Type<?> type) {
    if (type instanceof NonNullType nonNull) {
      return named(nonNull.getType());
    }
    if (type instanceof ListType list) {
      return named(list.getType());
    }
    return (TypeName) type;
  }

  /** {@code type} with its named type replaced according to {@code renames}. */
  static Type<?> rename(Type<?> type, Map<String, String> renames) {
    if (type instanceof NonNullType nonNull) {
      return nonNull.transform(b -> b.type(rename(nonNull.getType(), renames)));
    }
    if (type instanceof ListType list) {
      return list.transform(b -> b.type(rename(list.getType(), renames)));
    }
    TypeName name = (TypeName) type;
    String target = renames.get(name.getName());
    return target == null ? name : name.transform(b -> b.name(target));
  }

  static TypeName renameName(TypeName name, Map<String, String> renames) {
    return (TypeName) rename(name, renames);
  }

  /** The shape with every type reference (fields, arguments, interfaces, members) renamed. */
  static TypeShape rename(TypeShape shape, Map<String, String> renames) {
    List<FieldShape> fields = shape.fields().stream()
        .map(f -> f.withTypes(rename(f.type(), renames), renameArguments(f.arguments(), renames))).toList();
    List<TypeName> interfaces = shape.interfaces().stream().map(t -> renameName(t, renames)).toList();
    List<TypeName> members = shape.members().stream().map(t -> renameName(t, renames)).toList();
    return shape.withFields(fields).withReferences(interfaces, members);
  }

  private static List<InputValueDefinition> renameArguments(List<InputValueDefinition> arguments,
                                                            Map<String, String> renames) {
    return arguments.stream().map(a -> a.transform(b -> b.type(rename(a.getType(), renames)))).toList();
  }

  /** Calls {@code visitor} with every type reference of the shape and what makes it (for messages). */
  static void forEach(TypeShape shape, Consumer<Reference> visitor) {
    shape.interfaces().forEach(t -> visitor.accept(new Reference(t, shape.name() + " implements")));
    shape.members().forEach(t -> visitor.accept(new Reference(t, "union " + shape.name())));
    for (FieldShape field : shape.fields()) {
      String coordinate = shape.name() + "." + field.name();
      visitor.accept(new Reference(named(field.type()), coordinate));
      field.arguments().forEach(a -> visitor.accept(
          new Reference(named(a.getType()), coordinate + "(" + a.getName() + ":)")));
    }
  }

  /** A reference to {@code type} made by {@code holder}; the type name node carries the position. */
  record Reference(TypeName type, String holder) {
  }
}
