package io.tributary.resolver.js;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.graalvm.polyglot.io.FileSystem;

/**
 * The only file system resolver code can see: the AppSync shim modules, served read-only from
 * classpath resources under the virtual folder {@code /shim}. Every other path does not exist,
 * and every write is denied, so {@code import '/etc/passwd'} or {@code import './x.js'} fail.
 *
 * <p>Paths are {@link Path} values of the default provider used purely as names: no method
 * here ever touches the real disk.
 */
final class ShimFileSystem implements FileSystem {

  static final String SHIM_DIR = "/shim/";
  private static final String RESOURCE_DIR = "/io/tributary/resolver/js/";
  private static final Pattern SHIM_FILE = Pattern.compile("[a-z0-9][a-z0-9-]*\\.mjs");
  private static final Map<String, String> ALIASES = Map.of(
      "/@aws-appsync/utils", SHIM_DIR + "utils.mjs",
      "/@aws-appsync/utils/dynamodb", SHIM_DIR + "dynamodb.mjs");
  private static final Path ROOT = Path.of("/");

  private final Map<String, Optional<byte[]>> files = new ConcurrentHashMap<>();

  @Override
  public Path parsePath(URI uri) {
    if (!"file".equals(uri.getScheme())) {
      throw new UnsupportedOperationException("Only module paths can be imported, not " + uri);
    }
    return Path.of(uri.getPath());
  }

  @Override
  public Path parsePath(String path) {
    return Path.of(path);
  }

  @Override
  public Path toAbsolutePath(Path path) {
    return path.isAbsolute() ? path : ROOT.resolve(path);
  }

  @Override
  public Path toRealPath(Path path, LinkOption... options) throws IOException {
    String canonical = canonical(path);
    contentOf(canonical);
    return Path.of(canonical);
  }

  @Override
  public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... options)
      throws IOException {
    if (modes.contains(AccessMode.WRITE) || modes.contains(AccessMode.EXECUTE)) {
      throw new AccessDeniedException(path.toString());
    }
    contentOf(canonical(path));
  }

  @Override
  public SeekableByteChannel newByteChannel(
      Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs) throws IOException {
    boolean readOnly = options.isEmpty() || Set.of(StandardOpenOption.READ).containsAll(options);
    if (!readOnly) {
      throw new AccessDeniedException(path.toString());
    }
    return new ReadOnlyByteChannel(contentOf(canonical(path)));
  }

  @Override
  public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
      throws IOException {
    byte[] content = contentOf(canonical(path));
    Map<String, Object> result = new HashMap<>();
    FileTime epoch = FileTime.fromMillis(0);
    result.put("isRegularFile", true);
    result.put("isDirectory", false);
    result.put("isSymbolicLink", false);
    result.put("isOther", false);
    result.put("size", (long) content.length);
    result.put("lastModifiedTime", epoch);
    result.put("lastAccessTime", epoch);
    result.put("creationTime", epoch);
    return result;
  }

  @Override
  public DirectoryStream<Path> newDirectoryStream(
      Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
    throw new AccessDeniedException(dir.toString());
  }

  @Override
  public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
    throw new AccessDeniedException(dir.toString());
  }

  @Override
  public void delete(Path path) throws IOException {
    throw new AccessDeniedException(path.toString());
  }

  /** Reads a shim module's source text; used to evaluate the invoker without going through IO. */
  String read(String fileName) {
    try {
      return new String(contentOf(SHIM_DIR + fileName), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String canonical(Path path) {
    String absolute = (path.isAbsolute() ? path : ROOT.resolve(path)).normalize().toString();
    return ALIASES.getOrDefault(absolute, absolute);
  }

  private byte[] contentOf(String canonical) throws NoSuchFileException {
    // Only well-formed shim names reach the cache, so probing arbitrary paths cannot grow it.
    boolean shimName = canonical.startsWith(SHIM_DIR)
        && SHIM_FILE.matcher(canonical.substring(SHIM_DIR.length())).matches();
    Optional<byte[]> content =
        shimName ? files.computeIfAbsent(canonical, ShimFileSystem::load) : Optional.empty();
    return content.orElseThrow(() -> new NoSuchFileException(canonical));
  }

  private static Optional<byte[]> load(String canonical) {
    String name = canonical.substring(SHIM_DIR.length());
    try (InputStream in = ShimFileSystem.class.getResourceAsStream(RESOURCE_DIR + name)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
