package io.tributary.config;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the binder needs to know about one record type, read once by reflection and cached. */
final class RecordShape {
  private static final ClassValue<RecordShape> CACHE = new ClassValue<>() {
    @Override
    protected RecordShape computeValue(Class<?> type) {
      return new RecordShape(type);
    }
  };

  /** One record component as the binder sees it. */
  record Component(String name, Type genericType, Class<?> rawType, Method accessor,
      boolean required, boolean derived) {

    /** The value this component takes when YAML does not give it. */
    Object defaultFrom(Object start) {
      if (start != null) {
        return invoke(accessor, start);
      }
      return emptyValue(rawType);
    }
  }

  private final Class<?> type;
  private final List<Component> components = new ArrayList<>();
  private final Set<String> bindableNames = new LinkedHashSet<>();
  private final Constructor<?> constructor;
  private final Method defaults;

  private RecordShape(Class<?> type) {
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type.getName() + " is not a record");
    }
    this.type = type;
    RecordComponent[] declared = type.getRecordComponents();
    Class<?>[] parameterTypes = new Class<?>[declared.length];
    for (int i = 0; i < declared.length; i++) {
      components.add(describe(declared[i]));
      parameterTypes[i] = declared[i].getType();
    }
    this.constructor = canonicalConstructor(type, parameterTypes);
    this.defaults = defaultsMethod(type);
  }

  static RecordShape of(Class<?> type) {
    return CACHE.get(type);
  }

  List<Component> components() {
    return components;
  }

  /** Names that may appear as YAML keys (every component except {@link Derived} ones). */
  Set<String> bindableNames() {
    return bindableNames;
  }

  /** The record's {@code defaults()} instance, or null when it declares none. */
  Object defaults() {
    return defaults == null ? null : invoke(defaults, null);
  }

  /** Calls the canonical constructor; compact-constructor rejections surface as the cause. */
  Object construct(Object[] arguments) throws InvocationTargetException {
    try {
      return constructor.newInstance(arguments);
    } catch (InstantiationException | IllegalAccessException e) {
      throw new IllegalStateException("cannot construct " + type.getName(), e);
    }
  }

  private Component describe(RecordComponent component) {
    Method accessor = component.getAccessor();
    accessor.setAccessible(true);
    boolean derived = component.isAnnotationPresent(Derived.class);
    if (!derived) {
      bindableNames.add(component.getName());
    }
    return new Component(component.getName(), component.getGenericType(), component.getType(),
        accessor, component.isAnnotationPresent(Required.class), derived);
  }

  private static Constructor<?> canonicalConstructor(Class<?> type, Class<?>[] parameterTypes) {
    try {
      Constructor<?> constructor = type.getDeclaredConstructor(parameterTypes);
      constructor.setAccessible(true);
      return constructor;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("record without canonical constructor: " + type.getName(), e);
    }
  }

  private static Method defaultsMethod(Class<?> type) {
    try {
      Method method = type.getDeclaredMethod("defaults");
      boolean usable = Modifier.isStatic(method.getModifiers()) && method.getReturnType() == type;
      if (!usable) {
        return null;
      }
      method.setAccessible(true);
      return method;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static Object invoke(Method method, Object target) {
    try {
      return method.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("calling " + method + " failed", e);
    }
  }

  /** Without a defaults() record, collections start empty and primitives at zero; the rest null. */
  static Object emptyValue(Class<?> type) {
    if (type == List.class) {
      return List.of();
    }
    if (type == Set.class) {
      return Set.of();
    }
    if (type == Map.class) {
      return Map.of();
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == int.class) {
      return 0;
    }
    if (type == long.class) {
      return 0L;
    }
    return type == double.class ? 0.0d : null;
  }

  /** The raw class of a component or element type ({@code List<String>} gives {@code List}). */
  static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalStateException("unsupported configuration type " + type.getTypeName());
  }

  /** The {@code index}-th type argument of a parameterized component type. */
  static Type typeArgument(Type type, int index) {
    if (type instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[index];
    }
    throw new IllegalStateException("raw collection types are not supported: " + type.getTypeName());
  }
}
