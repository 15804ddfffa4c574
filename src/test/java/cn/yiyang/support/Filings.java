package cn.yiyang.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A clinic filing made as its applicant makes it through the API: created, every material uploaded, submitted. */
public final class Filings {

    private Filings() {
    }

    public static Map<String, Object> body(String clinicName) {
        return Map.of("clinicName", clinicName, "clinicType", "INFIRMARY",
                "openingDate", LocalDate.now().plusMonths(2).toString(), "services", List.of("内科"),
                "head", Map.of("name", "张医生", "idNumber", "11010519491231002X", "qualificationNo", "QC-1"),
                "staff", List.of(Map.of("name", "李护士", "idNumber", "440524188001010014", "profession", "护士",
                        "certificateNo", "NC-1")), "address", "一楼");
    }

    /** Returns the case number of the submitted filing, waiting for the completeness check. */
    public static String submitted(Api api, String applicant, String clinicName) {
        Api.Response created = api.post(applicant, "/api/v1/clinic-filings", body(clinicName));
        assertThat(created.status()).as(new String(created.raw())).isEqualTo(201);
        String caseNo = created.text("caseNo");
        for (JsonNode m : created.body().get("requiredMaterials")) {
            assertThat(api.upload(applicant, "/api/v1/cases/" + caseNo + "/materials", m.get("code").asText(),
                    "m.pdf", TestData.pdf()).status()).isEqualTo(201);
        }
        assertThat(api.post(applicant, "/api/v1/cases/" + caseNo + "/submit", null).status()).isEqualTo(200);
        return caseNo;
    }
}
