package cn.yiyang.licensing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A change registration of a 医疗机构执业许可证 (API.md {@code POST /api/v1/licences/{registrationNo}/changes}): only
 * the fields given change (名称, 地址, 负责人, 诊疗科目, 床位); the reason is stated on the application.
 */
public record LicenceChangeRequest(
        @Size(max = 200, message = "名称不能超过 200 字") String name,
        @Size(max = 300, message = "地址不能超过 300 字") String address,
        @Size(max = 50) String legalRepresentative,
        List<@NotBlank(message = "诊疗科目不能为空") @Size(max = 50) String> departments,
        @Min(value = 0, message = "床位数不能为负") @Max(value = 2000, message = "床位数不能超过 2000") Integer beds,
        @NotBlank(message = "请说明变更理由") @Size(max = 1000) String reason) {
}
