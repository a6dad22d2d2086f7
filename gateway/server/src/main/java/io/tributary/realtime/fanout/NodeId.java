package io.tributary.realtime.fanout;

import java.util.UUID;

/** This gateway process among the nodes sharing a bus. */
record NodeId(String id) {
  static final int LENGTH = 16;

  static NodeId random() {
    return new NodeId(UUID.randomUUID().toString().replace("-", "").substring(0, LENGTH));
  }
}
