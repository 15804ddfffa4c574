package cn.yiyang.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/** Fingerprint of a request body: the same Idempotency-Key with a different body is refused. */
@Component
class RequestHash {

    private final ObjectMapper json;

    RequestHash(ObjectMapper json) {
        this.json = json;
    }

    String of(String path, Object body) {
        try {
            byte[] bytes = (path + "\n" + json.writeValueAsString(body)).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
