package cn.yiyang.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/** The REST API over real HTTP as a program sees it: Basic auth, JSON in and out, errors as values not exceptions. */
public final class Api {

    public record Response(int status, JsonNode body, byte[] raw, String contentType) {
        public String text(String field) {
            return body == null || body.get(field) == null ? null : body.get(field).asText();
        }
    }

    private final RestClient client;
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    public Api(int port) {
        this.client = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
    }

    public Response get(String user, String path) {
        return call(HttpMethod.GET, user, path, null, Map.of());
    }

    public Response post(String user, String path, Object body) {
        return call(HttpMethod.POST, user, path, body, Map.of());
    }

    public Response call(HttpMethod method, String user, String path, Object body, Map<String, String> headers) {
        RestClient.RequestBodySpec spec = client.method(method).uri(path);
        if (user != null) {
            spec.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + (user.startsWith("t") ? "test-password-1" : "demo")).getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(spec::header);
        if (body != null) {
            spec.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return spec.exchange((request, response) -> read(response.getStatusCode().value(),
                response.getBody().readAllBytes(), response.getHeaders().getFirst("Content-Type")));
    }

    public Response upload(String user, String path, String code, String fileName, byte[] content) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("code", code);
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return client.post().uri(path)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + (user.startsWith("t") ? "test-password-1" : "demo")).getBytes(StandardCharsets.UTF_8)))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(form)
                .exchange((request, response) -> read(response.getStatusCode().value(),
                        response.getBody().readAllBytes(), response.getHeaders().getFirst("Content-Type")));
    }

    private Response read(int status, byte[] raw, String contentType) throws IOException {
        JsonNode body = null;
        if (contentType != null && contentType.contains("json") && raw.length > 0) {
            body = json.readTree(raw);
        }
        return new Response(status, body, raw, contentType);
    }

    /** The id of the open task {@code key} of a case in the caller's inbox (any scope). */
    public String taskId(String user, String caseNo, String key) {
        for (JsonNode t : get(user, "/api/v1/tasks?scope=all&q=" + caseNo).body().get("items")) {
            if (t.get("key").asText().equals(key)) {
                return t.get("id").asText();
            }
        }
        throw new AssertionError(key + " not in the inbox of " + user);
    }

    /** Completes a task by its id with an outcome, a comment and the outcome's fields. */
    public Response complete(String user, String taskId, String outcome, String comment, Map<String, Object> fields) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("outcome", outcome);
        body.put("comment", comment);
        body.put("fields", fields);
        return post(user, "/api/v1/tasks/" + taskId + "/complete", body);
    }
}
