package cn.yiyang.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A check item as an ADMIN or SUPERVISOR enters it (API {@code POST/PUT /api/v1/check-items}). */
public record CheckItemForm(
        @NotBlank(message = "请填写事项代码") @Pattern(regexp = "[A-Z0-9-]{2,32}", message = "事项代码为 2-32 位大写字母、数字或连字符") String code,
        @NotBlank(message = "请填写检查事项") @Size(max = 200, message = "检查事项不能超过 200 字") String name,
        @NotBlank(message = "请填写检查依据") @Size(max = 500, message = "检查依据不能超过 500 字") String basis,
        @NotBlank(message = "请选择实施部门") String department,
        @NotBlank(message = "请填写检查方式") @Size(max = 500, message = "检查方式不能超过 500 字") String method) {
}
