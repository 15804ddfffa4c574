package cn.yiyang.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** The REST API over the real port: a client per demo account (password "demo"), never throwing on 4xx/5xx. */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Http() {
    }

    public static RestClient as(int port, String username) {
        return as(port, username, "demo");
    }

    public static RestClient as(int port, String username, String password) {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return builder(port).defaultHeader(HttpHeaders.AUTHORIZATION, "Basic " + basic).build();
    }

    public static RestClient anonymous(int port) {
        return builder(port).build();
    }

    private static RestClient.Builder builder(int port) {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { });
    }

    public static JsonNode json(ResponseEntity<String> response) {
        try {
            return response.getBody() == null ? JSON.nullNode() : JSON.readTree(response.getBody());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.getBody(), e);
        }
    }
}
