package com.mediaflow.devtools;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** A port an embedded server needs is taken by another program. */
class PortInUseException extends RuntimeException {

    private final int port;
    private final String server;
    private final String variable;

    private PortInUseException(int port, String server, String variable) {
        super("Port " + port + " for the embedded " + server + " is in use");
        this.port = port;
        this.server = server;
        this.variable = variable;
    }

    static void check(int port, String server, String variable) {
        try (var socket = new ServerSocket()) {
            // Connections of a previous run may linger in TIME_WAIT; only a live listener should count.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
        } catch (IOException e) {
            throw new PortInUseException(port, server, variable);
        }
    }

    int port() {
        return port;
    }

    String server() {
        return server;
    }

    String variable() {
        return variable;
    }
}
