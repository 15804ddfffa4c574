package cn.yiyang.casework.internal;

import cn.yiyang.casework.Notices.Notice;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface NotificationMapper {

    @Insert("""
            <script>insert into notification (recipient, case_id, title, body, created_at) values
            <foreach collection="recipients" item="r" separator=",">(#{r}, #{caseId}, #{title}, #{body}, #{at})</foreach>
            </script>""")
    void insert(@Param("recipients") List<String> recipients, @Param("caseId") Long caseId,
                @Param("title") String title, @Param("body") String body, @Param("at") LocalDateTime at);

    @Select("""
            select n.id, n.title, n.body, c.case_no, n.created_at, n.read_at from notification n
              left join case_file c on c.id = n.case_id
             where n.recipient = #{user} order by n.created_at desc, n.id desc limit #{limit}""")
    List<Notice> recent(@Param("user") String user, @Param("limit") int limit);

    @Select("select count(*) from notification where recipient = #{user} and read_at is null")
    long unread(String user);

    @Update("update notification set read_at = #{at} where recipient = #{user} and read_at is null")
    void markRead(@Param("user") String user, @Param("at") LocalDateTime at);
}
