package io.tributary.testsupport;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal blocking RESP2 client for inspecting a test Redis from the test thread (PING, PUBSUB
 * NUMSUB, ...), independent of the client under test.
 */
public final class RespProbe {
  private static final int TIMEOUT_MILLIS = 2_000;

  private RespProbe() {}

  /**
   * Sends one command on a new connection and returns the reply: {@code String} for simple and
   * bulk strings, {@code Long} for integers, {@code List<Object>} for arrays, {@code null} for nil.
   *
   * @throws IllegalStateException for an error reply
   * @throws UncheckedIOException when the server cannot be reached
   */
  public static Object command(int port, String... args) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      write(socket.getOutputStream(), args);
      return read(new BufferedInputStream(socket.getInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True when a server on {@code port} answers PONG; false while it is not (yet) reachable. */
  public static boolean answersPing(int port) {
    try {
      return "PONG".equals(command(port, "PING"));
    } catch (UncheckedIOException | IllegalStateException e) {
      return false;
    }
  }

  private static void write(OutputStream out, String... args) throws IOException {
    StringBuilder frame = new StringBuilder().append('*').append(args.length).append("\r\n");
    for (String arg : args) {
      byte[] bytes = arg.getBytes(StandardCharsets.UTF_8);
      frame.append('$').append(bytes.length).append("\r\n").append(arg).append("\r\n");
    }
    out.write(frame.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static Object read(InputStream in) throws IOException {
    int type = in.read();
    String line = readLine(in);
    switch (type) {
      case '+':
        return line;
      case '-':
        throw new IllegalStateException("Redis error: " + line);
      case ':':
        return Long.parseLong(line);
      case '$':
        return readBulk(in, Integer.parseInt(line));
      case '*':
        return readArray(in, Integer.parseInt(line));
      default:
        throw new IOException("unexpected RESP type byte " + type + " before '" + line + "'");
    }
  }

  private static String readBulk(InputStream in, int length) throws IOException {
    if (length < 0) {
      return null;
    }
    byte[] bytes = in.readNBytes(length);
    readLine(in);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static List<Object> readArray(InputStream in, int count) throws IOException {
    if (count < 0) {
      return null;
    }
    List<Object> items = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      items.add(read(in));
    }
    return items;
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) != '\r') {
      if (c == -1) {
        throw new IOException("connection closed mid-reply");
      }
      line.append((char) c);
    }
    in.read();
    return line.toString();
  }
}
