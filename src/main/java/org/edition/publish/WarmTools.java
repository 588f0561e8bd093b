package org.edition.publish;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a format keeps from one build to the next of the same run (`edition serve` rebuilds after
 * every save): tools slow to set up, made on first use, by name.
 */
public final class WarmTools {
  private final Map<String, Object> tools = new ConcurrentHashMap<>();

  /** The tool of this name, made by {@code make} the first time it is asked for. */
  public <T> T get(String name, Class<T> type, Supplier<T> make) {
    return type.cast(tools.computeIfAbsent(name, n -> make.get()));
  }
}
