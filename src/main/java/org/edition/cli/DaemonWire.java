package org.edition.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * What the build daemon and its clients say to each other over the socket. The client sends one
 * request; the daemon answers with frames: the command's output and errors as it prints them, then
 * its exit code; or "busy" (not warm yet, or not this folder's), and the client runs the command
 * itself. The client keeps the socket open while the command runs: closing it (Ctrl-C) stops the
 * daemon and the command with it, as it would stop a command run in the client.
 */
final class DaemonWire {
  private static final String HELLO = "edition-daemon/1";
  static final byte OUT = 'o';
  static final byte ERR = 'e';
  static final byte EXIT = 'x';
  static final byte BUSY = 'b';
  static final byte STATUS = 's';

  private DaemonWire() {}

  /**
   * A client's request.
   *
   * @param verb run (a command line), status or stop
   * @param folder the folder the client runs in
   * @param terminal whether a person watches the client's console
   * @param charset how the client writes text (its default charset)
   */
  record Request(String verb, String folder, boolean terminal, boolean debug, String charset, List<String> args) {
    byte[] bytes() throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        out.writeUTF(HELLO);
        out.writeUTF(verb);
        out.writeUTF(folder);
        out.writeBoolean(terminal);
        out.writeBoolean(debug);
        out.writeUTF(charset);
        out.writeInt(args.size());
        for (String arg : args) {
          out.writeUTF(arg);
        }
      }
      return bytes.toByteArray();
    }

    static Request of(byte[] bytes) throws IOException {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
      if (!HELLO.equals(in.readUTF())) {
        throw new IOException("not a request of this version of edition");
      }
      String verb = in.readUTF();
      String folder = in.readUTF();
      boolean terminal = in.readBoolean();
      boolean debug = in.readBoolean();
      String charset = in.readUTF();
      int n = in.readInt();
      List<String> args = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        args.add(in.readUTF());
      }
      return new Request(verb, folder, terminal, debug, charset, args);
    }
  }

  /** One frame of the daemon's answer. */
  record Frame(byte kind, byte[] data) {
    int code() {
      return ByteBuffer.wrap(data).getInt();
    }
  }

  static void send(SocketChannel channel, byte[] message) throws IOException {
    ByteBuffer length = ByteBuffer.allocate(4).putInt(message.length).flip();
    writeFully(channel, length);
    writeFully(channel, ByteBuffer.wrap(message));
  }

  static byte[] receive(SocketChannel channel, int largest) throws IOException {
    ByteBuffer length = readFully(channel, ByteBuffer.allocate(4)).flip();
    int n = length.getInt();
    if (n < 0 || n > largest) {
      throw new IOException("a message of " + n + " bytes");
    }
    return readFully(channel, ByteBuffer.allocate(n)).array();
  }

  static void frame(SocketChannel channel, byte kind, byte[] data, int offset, int length) throws IOException {
    ByteBuffer head = ByteBuffer.allocate(5).put(kind).putInt(length).flip();
    // the command's threads print at once: a frame goes whole
    synchronized (channel) {
      writeFully(channel, head);
      writeFully(channel, ByteBuffer.wrap(data, offset, length));
    }
  }

  static void exit(SocketChannel channel, int code) throws IOException {
    frame(channel, EXIT, ByteBuffer.allocate(4).putInt(code).array(), 0, 4);
  }

  static Frame next(SocketChannel channel) throws IOException {
    ByteBuffer head = readFully(channel, ByteBuffer.allocate(5)).flip();
    byte kind = head.get();
    int n = head.getInt();
    if (n < 0 || n > 64 << 20) {
      throw new IOException("a frame of " + n + " bytes");
    }
    return new Frame(kind, readFully(channel, ByteBuffer.allocate(n)).array());
  }

  /** A stream whose writes go to the client as frames of one kind (its output or its errors). */
  static OutputStream stream(SocketChannel channel, byte kind) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        if (len > 0) {
          frame(channel, kind, b, off, len);
        }
      }
    };
  }

  // The channel's own reads and writes, not Channels' streams: those hold one lock for both, and
  // the daemon reads (to learn that the client is gone) while it writes.
  private static void writeFully(SocketChannel channel, ByteBuffer buffer) throws IOException {
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }

  private static ByteBuffer readFully(SocketChannel channel, ByteBuffer buffer) throws IOException {
    while (buffer.hasRemaining()) {
      if (channel.read(buffer) < 0) {
        throw new EOFException();
      }
    }
    return buffer;
  }
}
