package io.tributary.bootstrap;

/** Command-line entry point; replaced as the gateway's stages land. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println("tributary: not wired yet");
  }
}
