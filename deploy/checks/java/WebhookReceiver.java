import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import com.sun.net.httpserver.HttpServer;

/**
 * The webhook receiver of deploy/checks/faults: answers 204 to every POST and appends the delivery's
 * {@code webhook-id} header to a file, one a line, so the check can count what arrived (duplicates included).
 *
 * <pre>java WebhookReceiver.java &lt;port&gt; &lt;file&gt;</pre>
 */
public class WebhookReceiver {

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        Path received = Path.of(args[1]);
        Object lock = new Object();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.createContext("/", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                body.readAllBytes();
            }
            String eventId = exchange.getRequestHeaders().getFirst("webhook-id");
            synchronized (lock) {
                Files.writeString(received, eventId + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        System.out.println("READY");
    }
}
