package cn.yiyang.identity.internal;

import cn.yiyang.identity.Department;
import cn.yiyang.identity.Role;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface AccountMapper {

    String SELECT = """
            select a.id, a.username, a.display_name, a.password_hash, a.department_code, a.institution_id,
                   i.name as institution_name, a.region_code, a.email, a.enabled, a.demo_password, a.version,
                   a.created_at, (select group_concat(r.role order by r.role) from account_role r
                                  where r.account_id = a.id) as roles
              from account a left join institution i on i.id = a.institution_id
            """;

    @Select(SELECT + " where a.username = #{username}")
    AccountRow findByUsername(String username);

    @Select(SELECT + " where a.id = #{id}")
    AccountRow findById(long id);

    @Select("<script>" + SELECT + """
             where a.region_code = #{region}
             <if test="q != null and q != ''">
               and (a.username like concat('%', #{q}, '%') or a.display_name like concat('%', #{q}, '%'))
             </if>
             order by a.username limit #{limit} offset #{offset}</script>""")
    List<AccountRow> search(@Param("region") String region, @Param("q") String q, @Param("limit") int limit,
                            @Param("offset") int offset);

    @Select("""
            <script>select count(*) from account a where a.region_code = #{region}
             <if test="q != null and q != ''">
               and (a.username like concat('%', #{q}, '%') or a.display_name like concat('%', #{q}, '%'))
             </if></script>""")
    long count(@Param("region") String region, @Param("q") String q);

    @Insert("""
            insert into account (username, display_name, password_hash, department_code, institution_id, region_code,
                                 email, enabled, demo_password, created_at)
            values (#{username}, #{displayName}, #{passwordHash}, #{departmentCode}, #{institutionId}, #{regionCode},
                    #{email}, #{enabled}, #{demoPassword}, #{createdAt})""")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    void insert(AccountRow row);

    @Update("""
            update account set display_name = #{displayName}, department_code = #{departmentCode},
                   institution_id = #{institutionId}, email = #{email}, enabled = #{enabled}, version = version + 1
             where id = #{id} and version = #{version}""")
    int update(AccountRow row);

    @Update("update account set password_hash = #{hash}, demo_password = false where id = #{id}")
    void updatePassword(@Param("id") long id, @Param("hash") String hash);

    @Delete("delete from account_role where account_id = #{id}")
    void deleteRoles(long id);

    @Insert("insert into account_role (account_id, role) values (#{id}, #{role})")
    void insertRole(@Param("id") long id, @Param("role") Role role);

    @Select("select count(*) from account where enabled = true and demo_password = true")
    long countDemoPasswords();

    @Select("select count(*) from account a join account_role r on r.account_id = a.id where r.role = 'ADMIN'")
    long countAdmins();

    @Select("select code, name, region_code from department order by code")
    List<Department> departments();

    @Select("select username from account a join account_role r on r.account_id = a.id "
            + "where a.enabled = true and a.department_code = #{dept} and r.role = #{role} order by a.username")
    List<String> usernamesOf(@Param("dept") String departmentCode, @Param("role") Role role);

    @Select(SELECT + " where a.enabled = true and exists (select 1 from account_role r where r.account_id = a.id "
            + "and r.role = 'ADMIN')")
    List<AccountRow> admins();

    @Select("select username from account where enabled = true and institution_id = #{id} order by username")
    List<String> usernamesOfInstitution(long institutionId);
}
