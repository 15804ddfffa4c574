package cn.yiyang.clinicfiling;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A filing as the applicant enters it (API.md {@code POST /api/v1/clinic-filings}). */
public record ClinicFilingRequest(
        @NotBlank(message = "请填写内设医疗机构名称") @Size(max = 200, message = "名称不能超过 200 字") String clinicName,
        @NotBlank(message = "请选择机构类别") String clinicType,
        @NotNull(message = "请填写拟执业日期") LocalDate openingDate,
        @NotEmpty(message = "请填写诊疗科目（服务范围）") List<@NotBlank(message = "诊疗科目不能为空") @Size(max = 50) String> services,
        @NotNull(message = "请填写负责人信息") @Valid Head head,
        @NotEmpty(message = "请至少填写一名医护人员") @Size(max = 200) List<@Valid Staff> staff,
        String referralPartnerCreditCode,
        @Size(max = 300, message = "地址不能超过 300 字") String address) {

    /** 负责人: name, 身份证号 and qualification certificate number. */
    public record Head(@NotBlank(message = "请填写负责人姓名") @Size(max = 50) String name,
                       @NotBlank(message = "请填写负责人身份证号") String idNumber,
                       @NotBlank(message = "请填写负责人资格证书编号") @Size(max = 64) String qualificationNo) {
    }

    /** A doctor or nurse with the number of the practising certificate (医师/护士执业证书编号). */
    public record Staff(@NotBlank(message = "请填写姓名") @Size(max = 50) String name,
                        @NotBlank(message = "请填写身份证号") String idNumber,
                        @NotBlank(message = "请填写职业类别") @Size(max = 20) String profession,
                        @NotBlank(message = "请填写执业证书编号") @Size(max = 64) String certificateNo) {
    }
}
