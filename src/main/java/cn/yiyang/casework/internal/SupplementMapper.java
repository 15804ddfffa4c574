package cn.yiyang.casework.internal;

import cn.yiyang.casework.SupplementNotices.RequestedItem;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface SupplementMapper {

    @Select("select coalesce(max(round), 0) from supplement_item where case_id = #{caseId}")
    int lastRound(long caseId);

    @Insert("""
            <script>insert into supplement_item (case_id, round, code, name, reason, requested_at, requested_by, materials_before) values
            <foreach collection="items" item="i" separator=",">(#{caseId}, #{round}, #{i.code}, #{i.name}, #{i.reason}, #{at}, #{by}, #{before})</foreach>
            </script>""")
    void insert(@Param("caseId") long caseId, @Param("round") int round, @Param("items") List<RequestedItem> items,
                @Param("at") LocalDateTime at, @Param("by") String by, @Param("before") long materialsBefore);

    @Select("select coalesce(max(id), 0) from case_material where case_id = #{caseId}")
    long lastMaterialId(long caseId);

    @Select("select round, code, name, reason, requested_at, materials_before from supplement_item where case_id = #{caseId} "
            + "order by round, id")
    List<RequestedItem> ofCase(long caseId);
}
