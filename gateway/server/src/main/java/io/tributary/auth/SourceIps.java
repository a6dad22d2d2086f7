package io.tributary.auth;

import java.util.ArrayList;
import java.util.List;

/** {@code ctx.identity.sourceIp} as AppSync fills it: the x-forwarded-for hops, then the TCP peer. */
public final class SourceIps {
  private SourceIps() {}

  public static List<String> of(AuthRequest request) {
    List<String> ips = new ArrayList<>(2);
    String forwarded = request.header("x-forwarded-for");
    if (forwarded != null) {
      for (String hop : forwarded.split(",")) {
        String ip = hop.trim();
        if (!ip.isEmpty() && ip.length() <= 64) {
          ips.add(ip);
        }
      }
    }
    if (request.sourceIp() != null) {
      ips.add(request.sourceIp());
    }
    return List.copyOf(ips);
  }
}
