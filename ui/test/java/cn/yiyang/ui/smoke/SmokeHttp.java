package cn.yiyang.ui.smoke;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/** The REST API as a program sees it: HTTP Basic with the demo password, JSON, errors as values. */
final class SmokeHttp {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    record Response(int status, byte[] body, java.net.http.HttpHeaders headers, String what) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError(what + ": not JSON: " + text(), e);
            }
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            String t = text();
            return what + " → " + status + " " + (t.length() > 500 ? t.substring(0, 500) + "…" : t);
        }
    }

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    SmokeHttp(String base) {
        this.base = base;
    }

    Response get(String user, String path) {
        return send(user, HttpRequest.newBuilder(uri(path)).GET(), "GET " + path + as(user));
    }

    Response post(String user, String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(write(body)));
        headers.forEach(b::header);
        return send(user, b, "POST " + path + as(user));
    }

    Response upload(String user, String path, String code, String fileName, byte[] content) {
        String boundary = "smoke-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String codePart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"code\"\r\n\r\n" + code + "\r\n";
        String filePart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n";
        out.writeBytes(codePart.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(filePart.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(user, HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())), "upload " + path + as(user));
    }

    private Response send(String user, HttpRequest.Builder request, String what) {
        request.timeout(Duration.ofSeconds(60)).header("Accept-Language", "zh-CN");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<byte[]> r = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r.body(), r.headers(), what);
        } catch (IOException e) {
            throw new UncheckedIOException(what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what, e);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String as(String user) {
        return user == null ? " (anonymous)" : " as " + user;
    }

    private static byte[] write(Object body) {
        try {
            return body == null ? new byte[0] : JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
