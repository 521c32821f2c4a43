package org.shoppingapi.app.e2e;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP proxy between the service and PostgreSQL that can cut one connection at the moment of its COMMIT, the fault
 * behind an "ambiguous" failure: the connection drops while the transaction commits, and the service cannot know
 * whether it did. It reads PostgreSQL's wire protocol just far enough to see the statements a connection sends and
 * the commands the server completes (the connection URL must disable SSL and GSS encryption, and
 * {@code prepareThreshold=0}, so every statement travels as text).
 * <p>
 * Armed with {@link #cutAfterCommit}, it drops the server's "COMMIT done" of the first transaction whose statements
 * contain the marker, and the connection with it: the transaction is committed, the service sees a dropped
 * connection. Armed with {@link #cutBeforeCommit}, it drops that transaction's COMMIT before the server gets it: the
 * server rolls the transaction back, the service again sees a dropped connection.
 */
final class CommitFaultProxy implements AutoCloseable {

    enum Cut { BEFORE_COMMIT, AFTER_COMMIT }

    private record Armed(Cut cut, String marker) {
    }

    private final ServerSocket listener;
    private final int targetPort;
    private final AtomicReference<Armed> armed = new AtomicReference<>();
    private volatile boolean cutDone;

    CommitFaultProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("commit-fault-proxy").start(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    /** The next transaction that sends {@code marker} (case-insensitive) commits, but its connection drops first. */
    void cutAfterCommit(String marker) {
        cutDone = false;
        armed.set(new Armed(Cut.AFTER_COMMIT, marker.toLowerCase(Locale.ROOT)));
    }

    /** The next transaction that sends {@code marker} loses its connection as it asks to commit: nothing commits. */
    void cutBeforeCommit(String marker) {
        cutDone = false;
        armed.set(new Armed(Cut.BEFORE_COMMIT, marker.toLowerCase(Locale.ROOT)));
    }

    boolean cutDone() {
        return cutDone;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                new Pair(client, server).start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** One proxied connection: two pumps, one per direction, sharing what the client sent in its transaction. */
    private final class Pair {
        private final Socket client;
        private final Socket server;
        private volatile boolean markedTransaction;

        Pair(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void start() {
            Thread.ofPlatform().daemon().start(this::clientToServer);
            Thread.ofPlatform().daemon().start(this::serverToClient);
        }

        private void clientToServer() {
            try (DataInputStream in = new DataInputStream(client.getInputStream())) {
                OutputStream out = server.getOutputStream();
                // The startup message has no type byte: a length that counts itself, then the rest.
                int length = in.readInt();
                byte[] startup = new byte[length - 4];
                in.readFully(startup);
                writeInt(out, length);
                out.write(startup);
                while (true) {
                    int type = in.readUnsignedByte();
                    byte[] body = new byte[in.readInt() - 4];
                    in.readFully(body);
                    String text = (type == 'P' || type == 'Q') ? statementText(type, body) : "";
                    Armed now = armed.get();
                    if (now != null && text.contains(now.marker())) {
                        markedTransaction = true;
                    }
                    if (now != null && markedTransaction && now.cut() == Cut.BEFORE_COMMIT && text.startsWith("commit")
                            && armed.compareAndSet(now, null)) {
                        cut();
                        return;
                    }
                    forward(out, type, body);
                }
            } catch (IOException gone) {
                closeBoth();
            }
        }

        private void serverToClient() {
            try (DataInputStream in = new DataInputStream(server.getInputStream())) {
                OutputStream out = client.getOutputStream();
                while (true) {
                    int type = in.readUnsignedByte();
                    byte[] body = new byte[in.readInt() - 4];
                    in.readFully(body);
                    if (type == 'C') {
                        String tag = new String(body, 0, Math.max(0, body.length - 1), StandardCharsets.US_ASCII);
                        Armed now = armed.get();
                        if (tag.equals("COMMIT") || tag.equals("ROLLBACK")) {
                            boolean marked = markedTransaction;
                            markedTransaction = false;
                            if (marked && tag.equals("COMMIT") && now != null && now.cut() == Cut.AFTER_COMMIT
                                    && armed.compareAndSet(now, null)) {
                                cut();
                                return;
                            }
                        }
                    }
                    forward(out, type, body);
                }
            } catch (EOFException | RuntimeException gone) {
                closeBoth();
            } catch (IOException gone) {
                closeBoth();
            }
        }

        private void cut() {
            cutDone = true;
            closeBoth();
        }

        private void closeBoth() {
            try {
                client.close();
            } catch (IOException ignored) {
                // already closed
            }
            try {
                server.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    /** The SQL of a Parse (after the statement name) or simple Query message, lower case. */
    private static String statementText(int type, byte[] body) {
        int start = 0;
        if (type == 'P') {
            while (start < body.length && body[start] != 0) {
                start++;
            }
            start++;
        }
        int end = start;
        while (end < body.length && body[end] != 0) {
            end++;
        }
        return new String(body, start, Math.max(0, end - start), StandardCharsets.UTF_8).strip().toLowerCase(Locale.ROOT);
    }

    /** Sends one protocol message on: its type byte, its length (which counts itself) and its body. */
    private static void forward(OutputStream out, int type, byte[] body) throws IOException {
        out.write(type);
        writeInt(out, body.length + 4);
        out.write(body);
        out.flush();
    }

    private static void writeInt(OutputStream out, int value) throws IOException {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
