package cn.yiyang.singlewindow.internal;

import cn.yiyang.licensing.LicenceApplicationRequest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/** The medical part kept with the application until the HEALTH track turns it into the licence sub-case. */
@Component
public class MedicalPartJson {

    private final ObjectMapper mapper;

    MedicalPartJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(LicenceApplicationRequest request) {
        try {
            return mapper.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public LicenceApplicationRequest read(String text) {
        try {
            return mapper.readValue(text, LicenceApplicationRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
