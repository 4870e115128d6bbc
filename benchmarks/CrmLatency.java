import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Measures contacts search and project list latency over HTTP against a running instance.
 *
 * <pre>
 *   ./mvnw spring-boot:run -Dspring-boot.run.arguments="--mediaflow.demo.bulk-contacts=100000 --mediaflow.rate-limit.enabled=false"
 *   java benchmarks/CrmLatency.java [base-url] [requests-per-case]
 * </pre>
 *
 * Signs in as the demo owner, warms up, then prints median and p95 per case. Figures, not a test.
 */
public class CrmLatency {

    public static void main(String[] args) throws Exception {
        var base = args.length > 0 ? args[0] : "http://localhost:8080";
        var requests = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        var http = HttpClient.newHttpClient();
        var login = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"email\":\"owner@northlight.test\",\"password\":\"MediaFlow-Demo-2026\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var matcher = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(login.body());
        if (login.statusCode() != 200 || !matcher.find()) {
            throw new IllegalStateException("Sign-in failed: " + login.statusCode() + " " + login.body());
        }
        var token = matcher.group(1);
        var total = http.send(get(base + "/api/contacts?limit=1", token), HttpResponse.BodyHandlers.ofString()).body();
        System.out.println("contacts in the database: " + total.replaceAll(".*\"total\":(\\d+).*", "$1"));

        var terms = List.of("anna", "schmidt", "müller", "brand", "vip", "olson", "studio", "lee", "mar", "agency");
        run(http, token, requests, "contacts search q=<term>", i -> base + "/api/contacts?q="
                + URLEncoder.encode(terms.get(i % terms.size()), StandardCharsets.UTF_8));
        run(http, token, requests, "contacts list sorted by name", i -> base + "/api/contacts?sort=name&page=" + (1 + i % 50));
        run(http, token, requests, "contacts filter tag=vip", i -> base + "/api/contacts?tag=vip&page=" + (1 + i % 20));
        run(http, token, requests, "project list", i -> base + "/api/projects?sort=-created_at");
        run(http, token, requests, "project list q=<term>", i -> base + "/api/projects?q=" + (i % 2 == 0 ? "spot" : "film"));
    }

    interface Url {
        String at(int i);
    }

    private static void run(HttpClient http, String token, int requests, String name, Url url) throws Exception {
        for (int i = 0; i < 20; i++) {
            http.send(get(url.at(i), token), HttpResponse.BodyHandlers.discarding());
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            var started = System.nanoTime();
            var response = http.send(get(url.at(i), token), HttpResponse.BodyHandlers.ofString());
            millis.add((System.nanoTime() - started) / 1e6);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(name + ": " + response.statusCode() + " " + response.body());
            }
        }
        Collections.sort(millis);
        System.out.printf(
                "%-32s n=%d  median %6.1f ms  p95 %6.1f ms  max %6.1f ms%n",
                name, requests, millis.get(requests / 2), millis.get((int) (requests * 0.95) - 1), millis.get(requests - 1));
    }

    private static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build();
    }
}
