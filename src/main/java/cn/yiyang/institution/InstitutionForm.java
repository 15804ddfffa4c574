package cn.yiyang.institution;

import cn.yiyang.shared.ValidCreditCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What creating or editing an institution takes; {@code version} guards against a stale overwrite. */
public record InstitutionForm(
        @NotBlank(message = "{institution.name.required}") @Size(max = 200, message = "{field.tooLong}") String name,
        @NotBlank(message = "{institution.creditCode.required}") @ValidCreditCode String creditCode,
        @NotNull(message = "{institution.type.required}") InstitutionType type,
        @NotBlank(message = "{institution.township.required}") @Size(max = 50, message = "{field.tooLong}") String township,
        @Size(max = 300, message = "{field.tooLong}") String address,
        @NotNull(message = "{institution.beds.required}") @Min(value = 0, message = "{institution.beds.range}")
        @Max(value = 100000, message = "{institution.beds.range}") Integer beds,
        @NotNull(message = "{institution.ownership.required}") Ownership ownership,
        @NotNull(message = "{institution.profit.required}") Profit profit,
        boolean hasInternalMedical,
        Integer version) {
}
