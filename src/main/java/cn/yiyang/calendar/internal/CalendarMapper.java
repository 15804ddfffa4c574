package cn.yiyang.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface CalendarMapper {

    record DayRow(LocalDate day, boolean offDay, String name) {
    }

    record YearRow(int year, String papers) {
    }

    @Select("select day, off_day, name from calendar_day order by day")
    List<DayRow> allDays();

    @Select("select year, papers from calendar_year order by year")
    List<YearRow> years();

    @Select("select day, off_day, name from calendar_day where day between #{from} and #{to} order by day")
    List<DayRow> daysBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    @Delete("delete from calendar_day where day between #{from} and #{to}")
    void deleteDays(@Param("from") LocalDate from, @Param("to") LocalDate to);

    @Insert("""
            <script>insert into calendar_day (day, off_day, name) values
            <foreach collection="days" item="d" separator=",">(#{d.day}, #{d.offDay}, #{d.name})</foreach></script>""")
    void insertDays(@Param("days") List<DayRow> days);

    @Insert("""
            insert into calendar_year (year, papers, updated_at, updated_by) values (#{year}, #{papers}, now(3), #{by})
            on duplicate key update papers = values(papers), updated_at = now(3), updated_by = values(updated_by)""")
    void upsertYear(@Param("year") int year, @Param("papers") String papers, @Param("by") String by);
}
