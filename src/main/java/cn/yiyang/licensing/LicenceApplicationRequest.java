package cn.yiyang.licensing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A 两证合一 application as the applicant enters it (API.md {@code POST /api/v1/licence-applications}). */
public record LicenceApplicationRequest(
        @NotBlank(message = "请填写医疗机构名称") @Size(max = 200, message = "名称不能超过 200 字") String name,
        @Size(max = 50, message = "类别不能超过 50 字") String category,
        @NotBlank(message = "请选择医疗机构级别") String grade,
        @NotBlank(message = "请选择医疗机构种类") String kind,
        @NotBlank(message = "请选择所有制形式") String ownership,
        @NotBlank(message = "请选择经营性质") String profit,
        @NotNull(message = "请填写床位数（不设床位填 0）") @Min(value = 0, message = "床位数不能为负")
        @Max(value = 2000, message = "床位数不能超过 2000") Integer beds,
        @NotEmpty(message = "请填写诊疗科目") List<@NotBlank(message = "诊疗科目不能为空") @Size(max = 50) String> departments,
        @NotBlank(message = "请填写服务对象") @Size(max = 100) String serviceTarget,
        @Size(max = 100) String serviceMode,
        @NotBlank(message = "请填写注册资金") @Pattern(regexp = "\\d{1,12}(\\.\\d{1,2})?", message = "注册资金应为以元计的金额，如 500000.00")
        String registeredCapital,
        @NotBlank(message = "请填写法定代表人或主要负责人") @Size(max = 50) String legalRepresentative,
        @NotBlank(message = "请填写地址") @Size(max = 300, message = "地址不能超过 300 字") String address) {
}
