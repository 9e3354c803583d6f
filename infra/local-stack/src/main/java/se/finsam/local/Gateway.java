package se.finsam.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * One origin for the whole product. Reads ({@code GET}, {@code HEAD}) of {@code /api/**}
 * go to the query side, every other {@code /api/**} call is a command for the command
 * side; {@code /api/history/**} (the verifiable history, kept with the events) goes to
 * the command side; {@code /actuator/command/**} and {@code /actuator/query/**} reach
 * each side's actuator; {@code /openapi/command} and {@code /openapi/query} serve each
 * side's OpenAPI description; everything else is a page of the web UI. A deployment does
 * the same with its ingress (see {@code infra/deploy}).
 */
final class Gateway implements AutoCloseable {

	/** Headers that belong to one hop, or that the HTTP client sets itself. */
	private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "expect", "host",
			"keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "http2-settings");

	private final HttpServer server;

	private final ExecutorService workers;

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private final int commandPort;

	private final int queryPort;

	private final int webPort;

	private Gateway(HttpServer server, int commandPort, int queryPort, int webPort) {
		this.server = server;
		this.commandPort = commandPort;
		this.queryPort = queryPort;
		this.webPort = webPort;
		this.workers = Executors.newFixedThreadPool(16);
		server.setExecutor(this.workers);
		server.createContext("/", this::handle);
	}

	static Gateway start(int port, int commandPort, int queryPort, int webPort) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
		Gateway gateway = new Gateway(server, commandPort, queryPort, webPort);
		server.start();
		return gateway;
	}

	int port() {
		return this.server.getAddress().getPort();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getRawPath();
			String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
			if (path.startsWith("/api/history/")) {
				forward(exchange, this.commandPort, path);
			}
			else if (path.startsWith("/api/admin/projections") || path.startsWith("/api/admin/replays")) {
				forward(exchange, this.queryPort, path);
			}
			else if (path.startsWith("/api/")) {
				boolean read = method.equals("GET") || method.equals("HEAD");
				forward(exchange, read ? this.queryPort : this.commandPort, path);
			}
			else if (path.equals("/openapi/command") || path.equals("/openapi/query")) {
				forward(exchange, path.endsWith("command") ? this.commandPort : this.queryPort, "/v3/api-docs");
			}
			else if (path.startsWith("/actuator/command/") || path.equals("/actuator/command")) {
				forward(exchange, this.commandPort, "/actuator" + path.substring("/actuator/command".length()));
			}
			else if (path.startsWith("/actuator/query/") || path.equals("/actuator/query")) {
				forward(exchange, this.queryPort, "/actuator" + path.substring("/actuator/query".length()));
			}
			else if (path.startsWith("/api/") || path.startsWith("/openapi/") || path.startsWith("/actuator/")) {
				respond(exchange, 404, "application/problem+json; charset=utf-8",
						"{\"status\":404,\"title\":\"Sidan finns inte\",\"detail\":\"Kontrollera adressen.\"}");
			}
			else {
				forward(exchange, this.webPort, path);
			}
		}
	}

	private void forward(HttpExchange exchange, int port, String path) throws IOException {
		String query = exchange.getRequestURI().getRawQuery();
		URI target = URI.create("http://127.0.0.1:" + port + path + ((query != null) ? "?" + query : ""));
		byte[] body;
		try (InputStream in = exchange.getRequestBody()) {
			body = in.readAllBytes();
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(target)
			.timeout(Duration.ofSeconds(60))
			.method(exchange.getRequestMethod(), (body.length > 0) ? HttpRequest.BodyPublishers.ofByteArray(body)
					: HttpRequest.BodyPublishers.noBody());
		exchange.getRequestHeaders().forEach((name, values) -> {
			if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
				values.forEach((value) -> request.header(name, value));
			}
		});
		request.header("X-Forwarded-Host", String.valueOf(exchange.getRequestHeaders().getFirst("Host")));
		HttpResponse<byte[]> response;
		try {
			response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
		catch (IOException ex) {
			respond(exchange, 502, "application/problem+json; charset=utf-8",
					"{\"status\":502,\"title\":\"Tjänsten svarar inte\",\"detail\":\"Försök igen om en stund.\"}");
			return;
		}
		response.headers().map().forEach((name, values) -> {
			if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
				exchange.getResponseHeaders().put(name, List.copyOf(values));
			}
		});
		byte[] responseBody = response.body();
		boolean empty = responseBody.length == 0 || exchange.getRequestMethod().equalsIgnoreCase("HEAD");
		exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : responseBody.length);
		if (!empty) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(responseBody);
			}
		}
	}

	private static void respond(HttpExchange exchange, int status, String contentType, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.workers.shutdownNow();
	}

}
