package io.mediamon.spikes;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Strings in the binary state of this service (repartition topic, window stores and their changelogs): a length
 * prefix and UTF-8, -1 for null. writeUTF stops at 64 KiB and uses modified UTF-8; a length prefix has neither.
 * Lengths are checked against what is left, so corrupt bytes fail with a clear message instead of a huge array.
 */
final class StateBytes {
  private StateBytes() {}

  static void writeString(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length == -1) {
      return null;
    }
    if (length < 0 || length > in.available()) {
      throw new IOException("implausible string length " + length);
    }
    return new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }

  static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
    out.writeInt(strings.size());
    for (String s : strings) {
      writeString(out, s);
    }
  }

  static List<String> readStrings(DataInputStream in) throws IOException {
    int count = count(in);
    List<String> strings = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      strings.add(readString(in));
    }
    return strings;
  }

  static int count(DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > in.available()) {
      throw new IOException("implausible list length " + count);
    }
    return count;
  }
}
