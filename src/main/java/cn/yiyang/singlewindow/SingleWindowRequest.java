package cn.yiyang.singlewindow;

import cn.yiyang.licensing.LicenceApplicationRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A single-window application as the founder enters it (API.md {@code POST /api/v1/single-window-applications}): the
 * new institution, the project, the elderly-care part and, where it has one, the medical part (a licence application).
 */
public record SingleWindowRequest(
        @NotBlank(message = "请填写拟设立的医养结合机构名称") @Size(max = 200, message = "机构名称不能超过 200 字") String institutionName,
        @NotBlank(message = "请填写统一社会信用代码") @Size(max = 18, message = "统一社会信用代码应为 18 位") String creditCode,
        @NotBlank(message = "请选择项目类型（新建、改建或扩建）") String projectType,
        @NotNull(message = "请填写养老床位数") @Min(value = 1, message = "养老床位数至少为 1")
        @Max(value = 5000, message = "养老床位数不能超过 5000") Integer beds,
        @NotNull(message = "请说明房屋产权是否已登记") Boolean propertyRegistered,
        @NotNull(message = "请说明土地和规划手续是否齐全") Boolean landPlanningComplete,
        @Valid LicenceApplicationRequest medicalPart) {
}
